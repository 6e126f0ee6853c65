package io.minato.hub.app.colins;

import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The per-deal Colins auto-update switch (terms annex 1.3.2: 自動更新処理の有効／無効は取引ごとに設定可能であり、
 * 利用者にて設定する). Any participant sees it; switching it changes what happens to the deal's documents, so
 * it needs update rights (参照・更新) on at least one document type of the deal. Who switched is on the timeline.
 */
@RestController
@Tag(name = "Colins")
class ColinsAutoUpdateController {

    /** The switch's new position. */
    record SetAutoUpdate(@NotNull Boolean enabled) {
    }

    private final ColinsMapper mapper;
    private final Callers callers;
    private final DealAccess access;
    private final Events events;

    ColinsAutoUpdateController(ColinsMapper mapper, Callers callers, DealAccess access, Events events) {
        this.mapper = mapper;
        this.callers = callers;
        this.access = access;
        this.events = events;
    }

    @GetMapping("/api/v1/deals/{id}/colins-auto-update")
    @io.swagger.v3.oas.annotations.Operation(summary = "The deal's Colins auto-update switch (any participant)")
    AutoUpdateSwitch get(@PathVariable long id) {
        Caller caller = callers.require();
        requireDeal(id);
        access.requireParticipant(caller, id);
        return mapper.autoUpdate(id).orElse(AutoUpdateSwitch.never(id));
    }

    @PutMapping("/api/v1/deals/{id}/colins-auto-update")
    @Transactional
    @io.swagger.v3.oas.annotations.Operation(summary = "Switches the deal's Colins auto-update on or off",
            description = "Participants with update rights on some document of the deal. While on, Colins data"
                    + " matching the deal (vessel+voyage, container, booking or B/L number) is recorded on its"
                    + " timeline as COLINS_UPDATE; a change of the switch as COLINS_AUTO_UPDATE.")
    AutoUpdateSwitch set(@PathVariable long id, @Valid @RequestBody SetAutoUpdate request) {
        Caller caller = callers.require();
        requireDeal(id);
        access.requireParticipant(caller, id);
        boolean mayUpdate = access.rightsByType(caller, id).values().stream()
                .anyMatch(rights -> rights.covers(Operation.UPDATE.required()));
        if (!mayUpdate) {
            throw new ApiException(HttpStatus.FORBIDDEN, "switching Colins auto-update of deal " + id + " needs the"
                    + " rights to update (" + Rights.READ_WRITE.englishName() + ") at least one of its document types"
                    + " / Colins 自動更新の切替には、この取引のいずれかの帳票の更新権限（参照・更新）が必要です");
        }
        boolean enabled = request.enabled();
        // switching to where it stands already is no change: nothing on the timeline
        if (mapper.autoUpdate(id).map(AutoUpdateSwitch::enabled).orElse(false) != enabled) {
            mapper.setAutoUpdate(id, enabled, caller.name(), caller.userId(), caller.companyId());
            events.record(EventType.COLINS_AUTO_UPDATE, id, null, null, Map.of("enabled", enabled, "by", caller.name()));
        }
        return mapper.autoUpdate(id).orElse(AutoUpdateSwitch.never(id));
    }

    private void requireDeal(long id) {
        if (!mapper.dealExists(id)) {
            throw ApiException.notFound("deal", id);
        }
    }
}
