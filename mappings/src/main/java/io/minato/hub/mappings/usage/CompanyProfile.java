package io.minato.hub.mappings.usage;

import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the fee rules need to know of a company (契約者) besides its operations.
 *
 * @param code                   the company's code
 * @param businessTypes          what it registered; SYSTEM_VENDOR makes it billed by credentials (第3条5)
 * @param linkedSystem           the linked system it operates (Colins, NACCS, TradeWaltz), if any
 * @param productionCredentials  the periods it held production API credentials
 */
public record CompanyProfile(String code, Set<BusinessType> businessTypes, Optional<UsageChannel> linkedSystem,
                             List<CredentialPeriod> productionCredentials) {

    public CompanyProfile {
        Objects.requireNonNull(code, "code");
        businessTypes = Set.copyOf(businessTypes);
        Objects.requireNonNull(linkedSystem, "linkedSystem");
        productionCredentials = List.copyOf(productionCredentials);
    }

    public boolean systemVendor() {
        return businessTypes.contains(BusinessType.SYSTEM_VENDOR);
    }
}
