package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A party as a platform company (利用企業).
 *
 * @param platformMember registered through {@code POST /api/v1/companies} (a party known from messages
 *                       only is not, though the operator may still give it people)
 */
public record CompanyRow(long id, String code, String name, List<BusinessType> businessTypes, boolean platformMember,
                  OffsetDateTime suspendedAt, OffsetDateTime createdAt) {

    public CompanyRow {
        businessTypes = businessTypes == null ? List.of() : List.copyOf(businessTypes);
    }
}
