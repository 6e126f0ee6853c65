package io.minato.hub.app.colins;

import io.minato.hub.mappings.colins.ColinsRecord;
import io.minato.hub.mappings.colins.ColinsStore;
import io.minato.hub.mappings.colins.ExportStatus;
import io.minato.hub.mappings.colins.ImportRelease;
import io.minato.hub.mappings.colins.VesselMovement;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link ColinsStore} in PostgreSQL (V24): one row per record version, idempotent on key, terminal and update time. */
@Component
class MyBatisColinsStore implements ColinsStore {

    /** The one feed the hub polls. */
    static final String CHANGES_FEED = "changes";

    private final ColinsMapper mapper;

    MyBatisColinsStore(ColinsMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    @Transactional
    public StoredVersion save(ColinsRecord record, long wireMessageId) {
        Long inserted;
        if (record instanceof VesselMovement movement) {
            inserted = mapper.insertVesselMovement(movement, movement.recordKey(),
                    VesselMovement.normalizedName(movement.vesselName()), wireMessageId);
        } else if (record instanceof ImportRelease release) {
            inserted = mapper.insertImportRelease(release, wireMessageId);
        } else {
            inserted = mapper.insertExportStatus((ExportStatus) record, wireMessageId);
        }
        ColinsMapper.StoredVersionRow version = mapper.version(record.dataSet().name(), record.recordKey(),
                record.terminalCode(), record.updatedAt());
        return new StoredVersion(version.id(), inserted != null, version.latest());
    }

    @Override
    public List<DealMatch> dealsFollowing(ColinsRecord record) {
        if (record instanceof VesselMovement movement) {
            return mapper.dealsFollowingVesselCall(VesselMovement.normalizedName(movement.vesselName()),
                    movement.voyageNo());
        }
        if (record instanceof ImportRelease release) {
            return mapper.dealsFollowingImportContainer(release.containerNo(), release.blNo());
        }
        ExportStatus status = (ExportStatus) record;
        return mapper.dealsFollowingExportContainer(status.containerNo(), status.bookingNo());
    }

    @Override
    public void countDropped(String terminalCode, int records) {
        mapper.countDropped(terminalCode, records);
    }

    @Override
    public Optional<String> cursor() {
        return mapper.cursor(CHANGES_FEED);
    }

    @Override
    public void advanceCursor(String cursor, Long wireMessageId) {
        mapper.advanceCursor(CHANGES_FEED, cursor, wireMessageId);
    }

    @Override
    public void pollFailed(String reason) {
        mapper.pollFailed(CHANGES_FEED, reason);
    }
}
