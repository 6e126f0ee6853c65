package io.minato.hub.app.party;

import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.ResolvedParticipant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Deal participants on PostgreSQL; the primary key (deal, party, role) makes adding idempotent. */
@Component
class MyBatisDealParticipants implements DealParticipants {

    private static final Logger log = LoggerFactory.getLogger(MyBatisDealParticipants.class);

    private final ParticipantMapper mapper;
    private final Events events;

    MyBatisDealParticipants(ParticipantMapper mapper, Events events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Override
    @Transactional
    public void addParticipants(long dealId, List<ResolvedParticipant> participants, Long wireMessageId) {
        if (participants.isEmpty()) {
            return;
        }
        List<Events.NewEvent> joined = new ArrayList<>();
        for (ParticipantMapper.Added added : mapper.insertAllIfAbsent(dealId, participants, wireMessageId)) {
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

    List<Participant> participants(long dealId) {
        return mapper.findByDeal(dealId);
    }
}
