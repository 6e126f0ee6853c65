package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A platform company with each business type it holds and whether its proof documents are there.
 *
 * @param proofMissing the business types registered without any proof document yet
 */
record CompanyView(String code, String name, boolean platformMember, OffsetDateTime suspendedAt,
                   List<BusinessTypeStatus> businessTypes, List<BusinessType> proofMissing) {

    /** 事業種別 with its names and how many proof documents (証明書類) support it. */
    record BusinessTypeStatus(BusinessType type, String japaneseName, String englishName, int proofs,
                              boolean proofMissing) {
    }

    static CompanyView of(CompanyRow company, List<CompanyMapper.Proof> proofs) {
        List<BusinessTypeStatus> types = company.businessTypes().stream()
                .map(type -> {
                    int count = (int) proofs.stream().filter(proof -> proof.businessType() == type).count();
                    return new BusinessTypeStatus(type, type.japaneseName(), type.englishName(), count, count == 0);
                })
                .toList();
        return new CompanyView(company.code(), company.name(), company.platformMember(), company.suspendedAt(), types,
                types.stream().filter(BusinessTypeStatus::proofMissing).map(BusinessTypeStatus::type).toList());
    }
}
