package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * 組織: a branch or department of a company; its users act in its business types.
 *
 * @param users how many of the company's people belong to it
 */
public record Organization(long id, String name, List<BusinessType> businessTypes, int users, OffsetDateTime createdAt) {

    public Organization {
        businessTypes = businessTypes == null ? List.of() : List.copyOf(businessTypes);
    }
}
