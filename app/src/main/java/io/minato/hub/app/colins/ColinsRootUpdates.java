package io.minato.hub.app.colins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.event.EventChannel;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.root.RootDocument;
import io.minato.hub.app.root.RootOrigins;
import io.minato.hub.app.root.RootPlan;
import io.minato.hub.mappings.colins.ColinsDealUpdates;
import io.minato.hub.mappings.colins.ColinsField;
import io.minato.hub.mappings.colins.ColinsSource;
import io.minato.hub.mappings.document.root.RootSource;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link ColinsDealUpdates}: a COLINS_UPDATE event on the deal's timeline naming the record, the key it
 * matched by and each field with its value; the schedule's values (ETA, ETD, CY cut-off, as Japan dates)
 * offered to the deal's root document, which writes them into every document carrying them (or records
 * a conflict, root.yml precedence). Release and export container status have no root field: a deal has
 * several containers, each with its own status, so they stay on the timeline. Once per deal and record
 * version (the claim and the changes commit together).
 */
@Component
class ColinsRootUpdates implements ColinsDealUpdates {

    private static final Logger log = LoggerFactory.getLogger(ColinsRootUpdates.class);
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    /** Root field ← the vessel movement's field it is taken from. */
    private static final Map<String, String> ROOT_FIELDS = Map.of(
            "estimatedArrival", "scheduledArrival",
            "estimatedDeparture", "scheduledDeparture",
            "cargoCutOff", "cargoCutOff");

    private final ColinsMapper mapper;
    private final Events events;
    private final RootDocument root;

    ColinsRootUpdates(ColinsMapper mapper, Events events, RootDocument root) {
        this.mapper = mapper;
        this.events = events;
        this.root = root;
    }

    @Override
    @Transactional
    public boolean apply(long dealId, List<ColinsField> fields, ColinsSource source) {
        if (!mapper.claimDealUpdate(dealId, source.dataSet().name(), source.recordId())) {
            return false;
        }
        Actor actor = new Actor(EventChannel.COLINS, "COLINS:" + source.terminalCode(), null, null);
        RootPlan plan = root.plan(dealId, RootSource.COLINS, rootValues(fields));
        events.record(EventType.COLINS_UPDATE, dealId, null, source.wireMessageId(), detail(fields, source, plan), actor);
        mapper.linkDealUpdateEvent(dealId, source.dataSet().name(), source.recordId());
        root.commit(plan, null, RootOrigins.colins(source.wireMessageId(), source.terminalCode(),
                source.dataSet().japaneseName() + " " + source.description(), ROOT_FIELDS::get, actor));
        log.info("Colins {} ({}) matched deal {} by {}: {} field(s), {} taken by the root document, {} conflict(s)",
                source.dataSet(), source.description(), dealId, source.matchedBy(), fields.size(), plan.sets().size(),
                plan.conflicts().size());
        return true;
    }

    /** The schedule's times as the root's dates: the day in Japan, where the vessel calls. */
    private static Map<String, JsonNode> rootValues(List<ColinsField> fields) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        ROOT_FIELDS.forEach((rootField, colinsField) -> fields.stream()
                .filter(field -> field.name().equals(colinsField))
                .findFirst()
                .ifPresent(field -> values.put(rootField, JsonNodeFactory.instance.textNode(
                        OffsetDateTime.parse(field.value()).atZoneSameInstant(JAPAN).toLocalDate().toString()))));
        return values;
    }

    private static Map<String, Object> detail(List<ColinsField> fields, ColinsSource source, RootPlan plan) {
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
        detail.put("appliedToDocuments", !plan.sets().isEmpty());
        detail.put("rootFields", plan.sets().stream().map(set -> set.field()).toList());
        return detail;
    }
}
