package io.minato.hub.app.naccs.output;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.TypedFields;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.connectors.naccs.OutputParts;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.output.CustomsUpdate;
import io.minato.hub.mappings.naccs.output.NaccsOutputStore;
import io.minato.hub.mappings.naccs.output.PartArrival;
import io.minato.hub.mappings.naccs.output.ReceivedOutput;
import io.minato.hub.mappings.naccs.output.ResultText;
import io.minato.hub.mappings.shipping.CustomsStatus;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** NACCS outputs, split-output parts and the customs state they build, on PostgreSQL. */
@Component
class MyBatisNaccsOutputStore implements NaccsOutputStore {

    static final String DECLARATION_PREFIX = "DECLARATION:";

    private final NaccsOutputMapper mapper;
    private final DocumentMapper documents;
    private final TypedFields typedFields;
    private final Events events;
    private final Json json;

    MyBatisNaccsOutputStore(NaccsOutputMapper mapper, DocumentMapper documents, TypedFields typedFields,
                            Events events, Json json) {
        this.mapper = mapper;
        this.documents = documents;
        this.typedFields = typedFields;
        this.events = events;
        this.json = json;
    }

    @Override
    public long record(ReceivedOutput output) {
        return mapper.upsert(output);
    }

    @Override
    @Transactional
    public PartArrival addPart(long outputId, String setKey, int sequence, boolean last, byte[] businessPart) {
        mapper.insertSet(setKey);
        NaccsOutputMapper.SetRow set = mapper.lockSet(setKey);
        long wireMessageId = mapper.find(outputId).orElseThrow().wireMessageId();
        boolean inserted = mapper.insertPart(setKey, sequence, last, outputId, businessPart) == 1;
        List<PartRow> parts = mapper.parts(setKey);
        Integer expected = parts.stream().filter(PartRow::lastPart).map(PartRow::sequence).findFirst().orElse(null);
        boolean mine = set.completedBy() != null && set.completedBy() == wireMessageId;
        if (!inserted && !mine) {
            // the same part came before in another mail: it was (or will be) applied with its set
            return new PartArrival(PartArrival.State.DUPLICATE, null, parts.size(), expected);
        }
        Optional<byte[]> joined = OutputParts.join(parts.stream()
                .map(part -> new OutputParts.Part(part.sequence(), part.lastPart(), part.businessPart())).toList());
        if (joined.isEmpty() || set.applied() || (set.completedBy() != null && !mine)) {
            return new PartArrival(PartArrival.State.WAITING, null, parts.size(), expected);
        }
        // this mail completed the set: it, and only it, applies the whole (again, if it is re-processed)
        mapper.claimSet(setKey, expected, wireMessageId);
        return new PartArrival(PartArrival.State.COMPLETE, joined.get(), parts.size(), expected);
    }

    @Override
    public Optional<Long> dealOfDeclaration(String declarationNumber) {
        return mapper.dealOfDeclaration(declarationNumber);
    }

    @Override
    public Optional<Long> dealOfExportControlNumber(String exportControlNumber) {
        return mapper.dealOfExportControlNumber(exportControlNumber);
    }

    @Override
    public Optional<Long> dealOfContainer(String containerNumber) {
        return mapper.dealOfContainer(containerNumber);
    }

    @Override
    public void registerDeclaration(String declarationNumber, long dealId, String exportControlNumber,
                                    Long submissionId) {
        mapper.insertDeclaration(declarationNumber, dealId, exportControlNumber, submissionId);
    }

    @Override
    @Transactional
    public Map<String, List<String>> apply(long outputId, long dealId, Long submissionId, List<CustomsUpdate> updates,
                                           Map<String, String> items, List<ResultText> resultTexts) {
        OutputRow output = mapper.find(outputId).orElseThrow(() -> new IllegalStateException("no NACCS output " + outputId));
        Map<String, List<String>> applied = new LinkedHashMap<>();
        Map<String, List<String>> older = new LinkedHashMap<>();
        for (CustomsUpdate update : updates) {
            update.fields().forEach((field, value) -> {
                boolean newer = mapper.applyField(dealId, update.subject(), field, value, update.asOf(),
                        output.wireMessageId()) == 1;
                (newer ? applied : older).computeIfAbsent(update.subject(), subject -> new ArrayList<>()).add(field);
            });
        }
        mapper.updateStatus(outputId, "APPLIED", null, submissionId, dealId, json.write(items),
                json.write(resultTexts), json.write(older));
        if (output.setKey() != null) {
            mapper.markSetApplied(output.setKey());
            mapper.markPartsJoined(output.setKey(), outputId);
        }
        Long documentId = null;
        for (String subject : applied.keySet()) {
            if (subject.startsWith(DECLARATION_PREFIX)) {
                documentId = updateShippingInstruction(dealId, subject, output.wireMessageId());
            }
        }
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("outputId", outputId);
        detail.put("outputInfoCode", output.outputInfoCode());
        detail.put("businessCode", output.businessCode());
        detail.put("receivedAt", output.receivedAt());
        if (output.destinationType() != null) {
            detail.put("destinationType", output.destinationType());
        }
        if (submissionId != null) {
            detail.put("submissionId", submissionId);
        }
        detail.put("items", items);
        if (!resultTexts.isEmpty()) {
            detail.put("results", resultTexts);
        }
        detail.put("applied", applied);
        if (!older.isEmpty()) {
            detail.put("olderThanHeld", older);
        }
        events.record(EventType.NACCS_DATA_RECEIVED, dealId, documentId, output.wireMessageId(), detail);
        return older;
    }

    @Override
    public void keep(long outputId, Map<String, String> items, List<ResultText> resultTexts) {
        mapper.updateStatus(outputId, "APPLIED", null, null, null, json.write(items), json.write(resultTexts), "{}");
    }

    @Override
    public void unmatched(long outputId, String reason, Map<String, String> items, List<ResultText> resultTexts) {
        mapper.updateStatus(outputId, "UNMATCHED", reason, null, null, json.write(items), json.write(resultTexts), "{}");
    }

    @Override
    public void partReceived(long outputId, String state, Long submissionId, Long dealId) {
        mapper.markPart(outputId, "DUPLICATE".equals(state) ? "PART_DUPLICATE" : "PART_WAITING", submissionId, dealId);
    }

    /**
     * The deal's S/I carries the declaration's status as the customs state holds it (newest per
     * field); a new version only when it changed. Answers the S/I's id, or null if the deal has none.
     */
    private Long updateShippingInstruction(long dealId, String subject, long wireMessageId) {
        Optional<DocumentRow> document = documents.findLatestOfType(dealId, DocumentType.UL040.name(), null);
        if (document.isEmpty()) {
            return null;
        }
        Map<String, String> state = new LinkedHashMap<>();
        mapper.state(dealId, subject).forEach(row -> state.put(row.field(), row.value()));
        CustomsStatus customs = new CustomsStatus(subject.substring(DECLARATION_PREFIX.length()),
                state.get("declarationStatus"), statusAt(dealId, subject), timestamp(state.get("permittedAt")));
        DocumentRow row = document.get();
        ShippingInstruction current = typedFields.read(row.fields(), ShippingInstruction.class);
        if (Objects.equals(current.customs(), customs)) {
            return row.id();
        }
        if (documents.update(row.id(), row.etag(), UUID.randomUUID().toString(), json.write(current.withCustoms(customs)),
                wireMessageId) == 0) {
            throw new ConcurrentChangeException("S/I " + row.id() + " changed while a NACCS output was applied");
        }
        return row.id();
    }

    private LocalDateTime statusAt(long dealId, String subject) {
        return mapper.state(dealId, subject).stream().filter(row -> row.field().equals("declarationStatus"))
                .map(CustomsStateRow::asOf).findFirst().orElse(null);
    }

    private static LocalDateTime timestamp(String yyyyMMddHHmmss) {
        return yyyyMMddHHmmss == null ? null
                : LocalDateTime.parse(yyyyMMddHHmmss, java.time.format.DateTimeFormatter.ofPattern("uuuuMMddHHmmss"));
    }
}
