package io.minato.hub.app.colins;

import io.minato.hub.mappings.colins.ColinsStore.DealMatch;
import io.minato.hub.mappings.colins.ExportStatus;
import io.minato.hub.mappings.colins.ImportRelease;
import io.minato.hub.mappings.colins.VesselMovement;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The Colins tables (V24). */
@Mapper
interface ColinsMapper {

    /** The new version's id, or null when this version (key, terminal, updated-at) is stored already. */
    Long insertVesselMovement(@Param("r") VesselMovement record, @Param("key") String recordKey,
                              @Param("nameKey") String vesselNameKey, @Param("wireMessageId") long wireMessageId);

    Long insertImportRelease(@Param("r") ImportRelease record, @Param("wireMessageId") long wireMessageId);

    Long insertExportStatus(@Param("r") ExportStatus record, @Param("wireMessageId") long wireMessageId);

    /** A stored version's id and whether no later version of its record is stored. */
    StoredVersionRow version(@Param("dataSet") String dataSet, @Param("key") String recordKey,
                             @Param("terminal") String terminalCode, @Param("updatedAt") OffsetDateTime updatedAt);

    List<DealMatch> dealsFollowingVesselCall(@Param("nameKey") String vesselNameKey, @Param("voyageNo") String voyageNo);

    List<DealMatch> dealsFollowingImportContainer(@Param("containerNo") String containerNo, @Param("blNo") String blNo);

    List<DealMatch> dealsFollowingExportContainer(@Param("containerNo") String containerNo,
                                                  @Param("bookingNo") String bookingNo);

    void countDropped(@Param("terminal") String terminalCode, @Param("records") int records);

    Optional<String> cursor(@Param("feed") String feed);

    void advanceCursor(@Param("feed") String feed, @Param("cursor") String cursor,
                       @Param("wireMessageId") Long wireMessageId);

    void pollFailed(@Param("feed") String feed, @Param("reason") String reason);

    Optional<ColinsStatus.Feed> feedStatus(@Param("feed") String feed);

    List<ColinsStatus.Dropped> dropped();

    /** The latest version of each vessel call matching the filters (each optional), earliest arrival first. */
    List<VesselMovementView> vesselMovements(@Param("vesselName") String vesselName, @Param("voyageNo") String voyageNo,
                                             @Param("port") String port, @Param("limit") int limit);

    /** The latest version of each call of the vessel (name, IMO number or call sign) on the voyage. */
    List<VesselMovementView> vesselCalls(@Param("vessel") String vessel, @Param("nameKey") String vesselNameKey,
                                         @Param("voyageNo") String voyageNo, @Param("carrierCode") String carrierCode,
                                         @Param("port") String port);

    List<ImportReleaseView> importReleases(@Param("containerNo") String containerNo, @Param("blNo") String blNo,
                                           @Param("limit") int limit);

    List<ExportStatusView> exportStatuses(@Param("containerNo") String containerNo, @Param("bookingNo") String bookingNo,
                                          @Param("limit") int limit);

    boolean dealExists(@Param("dealId") long dealId);

    Optional<AutoUpdateSwitch> autoUpdate(@Param("dealId") long dealId);

    void setAutoUpdate(@Param("dealId") long dealId, @Param("enabled") boolean enabled, @Param("by") String by,
                       @Param("userId") Long userId, @Param("partyId") Long partyId);

    /** Claims the update of a deal by a record version; false when it was claimed before. */
    boolean claimDealUpdate(@Param("dealId") long dealId, @Param("dataSet") String dataSet,
                            @Param("recordId") long recordId);

    void linkDealUpdateEvent(@Param("dealId") long dealId, @Param("dataSet") String dataSet,
                             @Param("recordId") long recordId);

    /** What {@link #version} answers. */
    record StoredVersionRow(long id, boolean latest) {
    }
}
