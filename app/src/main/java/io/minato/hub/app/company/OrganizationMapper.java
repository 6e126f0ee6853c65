package io.minato.hub.app.company;

import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrganizationMapper {

    /** The new id, or null when the company has an organization of that name. */
    Long insertIfAbsent(@Param("partyId") long partyId, @Param("name") String name,
                        @Param("businessTypes") List<BusinessType> businessTypes, @Param("createdBy") Long createdBy);

    List<Organization> list(long partyId);

    Optional<Organization> find(@Param("partyId") long partyId, @Param("id") long id);

    /** @throws org.springframework.dao.DuplicateKeyException when another organization has the name */
    int update(@Param("partyId") long partyId, @Param("id") long id, @Param("name") String name,
               @Param("businessTypes") List<BusinessType> businessTypes);

    /** True when a deal names the organization among its participants (deal_grants keep it for the timeline). */
    boolean onDeals(long id);

    int delete(@Param("partyId") long partyId, @Param("id") long id);
}
