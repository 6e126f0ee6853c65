package io.minato.hub.app.party;

import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ParticipantRoles;
import io.minato.hub.mappings.party.ResolvedParticipant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deal participants on PostgreSQL; the primary key (deal, party, role) makes adding idempotent. However many
 * deals a call covers, it costs at most four statements (roles, the parties' registered business types, the
 * grants the new roles bring, their ORGANIZATION_ADDED events): this runs for nearly every inbound message.
 */
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

    /** One participant row; a message naming a party twice in one role adds it once. */
    private record Role(long dealId, long partyId, String role) {
    }

    @Override
    @Transactional
    public void addParticipants(Map<Long, List<ResolvedParticipant>> byDeal, Long wireMessageId) {
        Set<Role> named = new LinkedHashSet<>();
        Map<Long, String> codes = new HashMap<>();
        byDeal.forEach((dealId, participants) -> participants.forEach(participant -> {
            named.add(new Role(dealId, participant.party().id(), participant.role()));
            codes.put(participant.party().id(), participant.party().code());
        }));
        if (named.isEmpty()) {
            return;
        }
        List<ParticipantMapper.Added> newRoles = mapper.insertAllIfAbsent(
                named.stream().map(Role::dealId).toArray(Long[]::new),
                named.stream().map(Role::partyId).toArray(Long[]::new),
                named.stream().map(Role::role).toArray(String[]::new), wireMessageId);
        grant(newRoles, wireMessageId);
        List<Events.NewEvent> joined = new ArrayList<>(newRoles.size());
        for (ParticipantMapper.Added added : newRoles) {
            log.debug("deal {}: party {} added as {}", added.dealId(), added.partyId(), added.role());
            // only what was new: a repeated message adds nobody, so it tells nobody (webhook event)
            joined.add(new Events.NewEvent(EventType.ORGANIZATION_ADDED, added.dealId(), null,
                    Map.of("party", codes.get(added.partyId()), "role", added.role())));
        }
        events.recordAll(joined, wireMessageId);
    }

    /**
     * The rights the new roles bring (see {@link ParticipantRoles}): only roles new on the deal, so a
     * repeated message costs nothing here.
     */
    private void grant(List<ParticipantMapper.Added> added, Long wireMessageId) {
        if (added.isEmpty()) {
            return;
        }
        Map<Long, Set<BusinessType>> registered = new HashMap<>();
        for (DealGrantMapper.PartyTypes party : grants.registeredTypes(
                added.stream().map(ParticipantMapper.Added::partyId).distinct().toList())) {
            registered.put(party.partyId(), party.businessTypes() == null || party.businessTypes().isEmpty()
                    ? EnumSet.noneOf(BusinessType.class) : EnumSet.copyOf(party.businessTypes()));
        }
        Map<List<Long>, Set<BusinessType>> held = new LinkedHashMap<>();
        for (ParticipantMapper.Added role : added) {
            Set<BusinessType> types = ParticipantRoles.businessTypes(role.role(),
                    registered.getOrDefault(role.partyId(), EnumSet.noneOf(BusinessType.class)));
            held.computeIfAbsent(List.of(role.dealId(), role.partyId()), key -> EnumSet.noneOf(BusinessType.class))
                    .addAll(types);
        }
        held.values().removeIf(Set::isEmpty);
        if (held.isEmpty()) {
            return;
        }
        grants.upsertAll(held.keySet().stream().map(key -> key.get(0)).toArray(Long[]::new),
                held.keySet().stream().map(key -> key.get(1)).toArray(Long[]::new),
                held.values().stream().map(types -> types.stream().map(Enum::name).collect(Collectors.joining(",")))
                        .toArray(String[]::new), wireMessageId);
    }
}
