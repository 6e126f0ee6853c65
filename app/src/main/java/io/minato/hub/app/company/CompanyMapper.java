package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CompanyMapper {

    /**
     * Makes the party a platform company: a new party, or one known from messages until now (its
     * name and business types are replaced). The id, or null when it is a platform company already.
     */
    Long registerMember(@Param("code") String code, @Param("name") String name,
                        @Param("businessTypes") List<BusinessType> businessTypes);

    Optional<CompanyRow> find(String code);

    List<CompanyRow> members();

    int suspend(long id);

    int reactivate(long id);

    long insertProof(@Param("partyId") long partyId, @Param("businessType") BusinessType businessType,
                     @Param("fileName") String fileName, @Param("contentType") String contentType,
                     @Param("content") byte[] content, @Param("sha256") String sha256,
                     @Param("uploadedBy") Long uploadedBy);

    List<Proof> proofs(long partyId);

    Optional<ProofFile> proofFile(@Param("partyId") long partyId, @Param("id") long id);

    /** A proof document (証明書類) without its content. */
    record Proof(long id, BusinessType businessType, String fileName, String contentType, long size, String sha256,
                 String uploadedBy, OffsetDateTime uploadedAt) {
    }

    record ProofFile(String fileName, String contentType, byte[] content) {
    }
}
