package io.minato.hub.app.naccs;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.TypedFields;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.submission.SubmissionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** NACCS submissions on PostgreSQL; results flow into the deal's documents in the same transaction. */
@Component
class MyBatisNaccsSubmissionStore implements NaccsSubmissionStore {

    private final NaccsSubmissionMapper mapper;
    private final DocumentMapper documents;
    private final TypedFields typedFields;
    private final Events events;
    private final Json json;

    MyBatisNaccsSubmissionStore(NaccsSubmissionMapper mapper, DocumentMapper documents, TypedFields typedFields,
                                Events events, Json json) {
        this.mapper = mapper;
        this.documents = documents;
        this.typedFields = typedFields;
        this.events = events;
        this.json = json;
    }

    @Override
    public Optional<NaccsSubmission> find(long id) {
        return mapper.find(id).map(this::toSubmission);
    }

    List<NaccsSubmission> findByDeal(long dealId) {
        return mapper.findByDeal(dealId).stream().map(this::toSubmission).toList();
    }

    @Override
    public ShippingInstruction shippingInstruction(long submissionId) {
        return typedFields.read(sourceDocument(submissionId).fields(), ShippingInstruction.class);
    }

    @Override
    public Optional<NaccsSubmission> findByEcho(String handOverInfo, String inputIdNumber) {
        return mapper.findByEcho(handOverInfo, inputIdNumber).map(this::toSubmission);
    }

    @Override
    public void markSent(long id, long outboundMessageId) {
        mapper.updateStatus(id, SubmissionStatus.SENT.name(), null, outboundMessageId);
    }

    @Override
    public void markFailed(long id, String reason) {
        mapper.updateStatus(id, SubmissionStatus.FAILED.name(), reason, null);
    }

    @Override
    @Transactional
    public void recordResult(long id, boolean accepted, List<String> resultCodes, long inboundMessageId) {
        SubmissionRow row = row(id);
        SubmissionStatus status = accepted ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        mapper.recordResult(id, status.name(), json.write(resultCodes));
        events.record(EventType.NACCS_DATA_RECEIVED, row.dealId(), row.sourceDocumentId(), inboundMessageId,
                Map.of("submissionId", id, "businessCode", row.businessCode(), "status", status.name(),
                        "resultCodes", resultCodes));
    }

    @Override
    @Transactional
    public void recordExportControlNumber(long id, String exportControlNumber, long inboundMessageId) {
        SubmissionRow row = row(id);
        mapper.recordExportControlNumber(id, exportControlNumber);
        DocumentRow document = sourceDocument(id);
        ShippingInstruction updated = typedFields.read(document.fields(), ShippingInstruction.class)
                .withExportControlNumber(exportControlNumber);
        if (documents.update(document.id(), document.etag(), UUID.randomUUID().toString(), json.write(updated),
                inboundMessageId) == 0) {
            throw new ConcurrentChangeException("S/I " + document.id() + " changed while NACCS output was applied");
        }
        events.record(EventType.NACCS_DATA_RECEIVED, row.dealId(), document.id(), inboundMessageId,
                Map.of("submissionId", id, "businessCode", row.businessCode(),
                        "exportControlNumber", exportControlNumber));
    }

    private SubmissionRow row(long id) {
        return mapper.find(id).orElseThrow(() -> new IllegalStateException("NACCS submission " + id + " does not exist"));
    }

    private DocumentRow sourceDocument(long submissionId) {
        long documentId = row(submissionId).sourceDocumentId();
        return documents.find(documentId)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " does not exist"));
    }

    private NaccsSubmission toSubmission(SubmissionRow row) {
        return new NaccsSubmission(row.id(), row.dealId(), row.sourceDocumentId(), row.businessCode(),
                row.naccsUserId(), row.handOverInfo(), row.inputIdNumber(), SubmissionStatus.valueOf(row.status()),
                json.readStringList(row.resultCodes()), row.exportControlNumber(), row.reason(),
                row.outboundMessageId(), row.createdAt(), row.updatedAt());
    }
}
