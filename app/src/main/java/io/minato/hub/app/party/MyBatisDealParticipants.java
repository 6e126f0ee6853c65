package io.minato.hub.app.party;

import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ResolvedParticipant;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.ParticipantRoles;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deal participants on PostgreSQL; the primary key (deal, party, role) makes adding idempotent. */
@Component
class MyBatisDealParticipants implements DealParticipants {

    private static final Logger log = LoggerFactory.getLogger(MyBatisDealParticipants.class);

    private final ParticipantMapper mapper;
    private final DealGrantMapper grants;
    private final Events events;

    MyBatisDealParticipants(ParticipantMapper mapper, DealGrantMapper grants, Events events) {
        this.mapper = mapper;
        this.grants = grants;
        this.events = events;
    }

    @Override
    @Transactional
    public void addParticipants(long dealId, List<ResolvedParticipant> participants, Long wireMessageId) {
        if (participants.isEmpty()) {
            return;
        }
        List<Events.NewEvent> joined = new ArrayList<>();
        List<ParticipantMapper.Added> newRoles = mapper.insertAllIfAbsent(dealId, participants, wireMessageId);
        grant(dealId, newRoles, wireMessageId);
        for (ParticipantMapper.Added added : newRoles) {
            log.info("deal {}: party {} added as {}", dealId, added.partyId(), added.role());
            // only what was new: a repeated message adds nobody, so it tells nobody (webhook event)
            String code = participants.stream().filter(p -> p.party().id() == added.partyId())
                    .map(p -> p.party().code()).findFirst().orElseThrow();
            joined.add(new Events.NewEvent(EventType.ORGANIZATION_ADDED, dealId, null,
                    Map.of("party", code, "role", added.role())));
        }
        // one statement for all of them: this runs for nearly every inbound message
        events.recordAll(joined, wireMessageId);
    }

    /**
     * The rights the new roles bring (see {@link ParticipantRoles}): only roles new on the deal, so a
     * repeated message costs nothing here.
     */
    private void grant(long dealId, List<ParticipantMapper.Added> added, Long wireMessageId) {
        if (added.isEmpty()) {
            return;
        }
        Map<Long, Set<BusinessType>> registered = new HashMap<>();
        for (DealGrantMapper.PartyTypes party : grants.registeredTypes(
                added.stream().map(ParticipantMapper.Added::partyId).distinct().toList())) {
            registered.put(party.partyId(), party.businessTypes() == null || party.businessTypes().isEmpty()
                    ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(party.businessTypes()));
        }
        Map<Long, Set<BusinessType>> held = new LinkedHashMap<>();
        for (ParticipantMapper.Added role : added) {
            Set<BusinessType> types = ParticipantRoles.businessTypes(role.role(),
                    registered.getOrDefault(role.partyId(), EnumSet.noneOf(BusinessType.class)));
            held.computeIfAbsent(role.partyId(), id -> EnumSet.noneOf(BusinessType.class)).addAll(types);
        }
        List<DealGrantMapper.NewGrant> newGrants = held.entrySet().stream()
                .filter(entry -> !entry.getValue().isEmpty())
                .map(entry -> new DealGrantMapper.NewGrant(entry.getKey(), List.copyOf(entry.getValue())))
                .toList();
        if (!newGrants.isEmpty()) {
            grants.upsertAll(dealId, newGrants, wireMessageId);
        }
    }
}
