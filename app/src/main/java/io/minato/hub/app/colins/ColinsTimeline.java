package io.minato.hub.app.colins;

import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventChannel;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.mappings.colins.ColinsDealUpdates;
import io.minato.hub.mappings.colins.ColinsField;
import io.minato.hub.mappings.colins.ColinsSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ColinsDealUpdates} for now: a COLINS_UPDATE event on the deal's timeline naming the record, the key
 * it matched by, and each field with its value, as coming from Colins. Writing the values into the deal's
 * documents goes through the root document (issue 6 item 2), which does not exist yet: the event says
 * {@code appliedToDocuments: false}. Once per deal and record version (the claim and the event commit together).
 */
@Component
class ColinsTimeline implements ColinsDealUpdates {

    private static final Logger log = LoggerFactory.getLogger(ColinsTimeline.class);

    private final ColinsMapper mapper;
    private final Events events;

    ColinsTimeline(ColinsMapper mapper, Events events) {
        this.mapper = mapper;
        this.events = events;
    }

    @Override
    @Transactional
    public boolean apply(long dealId, List<ColinsField> fields, ColinsSource source) {
        if (!mapper.claimDealUpdate(dealId, source.dataSet().name(), source.recordId())) {
            return false;
        }
        events.record(EventType.COLINS_UPDATE, dealId, null, source.wireMessageId(), detail(fields, source),
                new Actor(EventChannel.COLINS, "COLINS:" + source.terminalCode(), null, null));
        mapper.linkDealUpdateEvent(dealId, source.dataSet().name(), source.recordId());
        log.info("Colins {} ({}) matched deal {} by {}: {} field(s) on its timeline", source.dataSet(),
                source.description(), dealId, source.matchedBy(), fields.size());
        return true;
    }

    private static Map<String, Object> detail(List<ColinsField> fields, ColinsSource source) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("dataSet", source.dataSet().name());
        detail.put("dataSetName", source.dataSet().japaneseName() + " / " + source.dataSet().englishName());
        detail.put("record", source.description());
        detail.put("recordKey", source.recordKey());
        detail.put("terminal", source.terminalCode());
        detail.put("updatedAt", source.updatedAt().toString());
        detail.put("recordId", source.recordId());
        detail.put("matchedBy", source.matchedBy());
        detail.put("fields", fields.stream().map(field -> Map.of("name", field.name(), "ja", field.japaneseName(),
                "value", field.value())).toList());
        detail.put("appliedToDocuments", false);
        return detail;
    }
}
