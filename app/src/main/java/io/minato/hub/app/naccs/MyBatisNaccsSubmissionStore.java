package io.minato.hub.app.naccs;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.TypedFields;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.submission.NaccsInput;
import io.minato.hub.mappings.submission.NaccsCredentials;
import io.minato.hub.mappings.submission.NaccsSendingStore;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.submission.SubmissionStatus;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * NACCS submissions on PostgreSQL; results flow into the deal's documents in the same transaction.
 * Every end of a submission's flight (result, failure) frees its NACCS user in the same transaction.
 */
@Component
class MyBatisNaccsSubmissionStore implements NaccsSubmissionStore, NaccsSendingStore {

    private final NaccsSubmissionMapper mapper;
    private final NaccsUserMapper naccsUsers;
    private final NaccsUsers users;
    private final DocumentMapper documents;
    private final TypedFields typedFields;
    private final Events events;
    private final Json json;

    MyBatisNaccsSubmissionStore(NaccsSubmissionMapper mapper, NaccsUserMapper naccsUsers, NaccsUsers users,
                                DocumentMapper documents, TypedFields typedFields, Events events, Json json) {
        this.mapper = mapper;
        this.naccsUsers = naccsUsers;
        this.users = users;
        this.documents = documents;
        this.typedFields = typedFields;
        this.events = events;
        this.json = json;
    }

    @Override
    public Optional<NaccsSubmission> find(long id) {
        return mapper.find(id).map(this::toSubmission);
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
    @Transactional
    public Optional<NaccsInput> claim(long submissionId) {
        if (mapper.claimForSending(submissionId) == 0) {
            return Optional.empty();
        }
        SubmissionRow row = row(submissionId);
        NaccsUserRow user = naccsUsers.find(row.naccsUserRef()).orElseThrow(() -> new IllegalStateException(
                "NACCS submission " + submissionId + " was queued without a NACCS user"));
        return Optional.of(new NaccsInput(row.id(), row.dealId(), row.businessCode(), json.readStringMap(row.items()),
                row.handOverInfo(), row.inputIdNumber(), users.credentials(user), user.charset(), user.relayHost(),
                user.relayPort()));
    }

    @Override
    public void recordSendFailure(long submissionId, int attempt, String reason) {
        mapper.recordSendFailure(submissionId, attempt, "SMTP attempt " + attempt + " failed, retrying: " + reason);
    }

    @Override
    @Transactional
    public void markInterrupted(long submissionId) {
        mapper.markFailed(submissionId, "sending was interrupted after it began"
                + " (the hub stopped between claiming the input and recording the SMTP hand-over): NACCS may or may"
                + " not have input " + row(submissionId).inputIdNumber() + "; it is not sent again. A result that"
                + " still comes is applied here; otherwise check in NACCS before drafting it again"
                + " / 送信中に中断されました。NACCSへの到達は不明のため再送信しません");
        naccsUsers.release(submissionId);
    }

    @Override
    @Transactional
    public void markSent(long id, long outboundMessageId) {
        mapper.markSent(id, outboundMessageId);
        naccsUsers.restartInFlightClock(id);
    }

    @Override
    @Transactional
    public void markFailed(long id, String reason) {
        mapper.markFailed(id, reason);
        naccsUsers.release(id);
    }

    /** Also frees the NACCS user: SMTP two-way allows its next input once this result is in. */
    @Override
    @Transactional
    public void recordResult(long id, boolean accepted, List<String> resultCodes, long inboundMessageId) {
        SubmissionRow row = row(id);
        SubmissionStatus status = accepted ? SubmissionStatus.ACCEPTED : SubmissionStatus.REJECTED;
        mapper.recordResult(id, status.name(), json.write(resultCodes),
                accepted ? null : ResultCodeTexts.describe(resultCodes));
        naccsUsers.release(id);
        events.record(EventType.NACCS_DATA_RECEIVED, row.dealId(), row.sourceDocumentId(), inboundMessageId,
                Map.of("submissionId", id, "businessCode", row.businessCode(), "status", status.name(),
                        "resultCodes", resultCodes));
    }

    @Override
    @Transactional
    public void recordExportControlNumber(long id, String exportControlNumber, long inboundMessageId) {
        SubmissionRow row = row(id);
        mapper.recordExportControlNumber(id, exportControlNumber);
        if (row.sourceDocumentId() == null) {
            // drafted without an S/I: there is no document to carry the number
            events.record(EventType.NACCS_DATA_RECEIVED, row.dealId(), null, inboundMessageId,
                    Map.of("submissionId", id, "businessCode", row.businessCode(),
                            "exportControlNumber", exportControlNumber));
            return;
        }
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

    SubmissionRow row(long id) {
        return mapper.find(id).orElseThrow(() -> new IllegalStateException("NACCS submission " + id + " does not exist"));
    }

    private DocumentRow sourceDocument(long submissionId) {
        Long documentId = row(submissionId).sourceDocumentId();
        if (documentId == null) {
            throw new IllegalStateException("NACCS submission " + submissionId + " has no source document");
        }
        return documents.find(documentId)
                .orElseThrow(() -> new IllegalStateException("document " + documentId + " does not exist"));
    }

    NaccsSubmission toSubmission(SubmissionRow row) {
        return new NaccsSubmission(row.id(), row.dealId(), row.sourceDocumentId(), row.businessCode(),
                row.naccsUserId(), row.handOverInfo(), row.inputIdNumber(), SubmissionStatus.valueOf(row.status()),
                json.readStringList(row.resultCodes()), row.exportControlNumber(), row.reason(),
                row.outboundMessageId(), row.createdAt(), row.updatedAt());
    }

    @Override
    public Optional<NaccsCredentials> credentials(String userCode, String identifier) {
        return naccsUsers.findByUserId(userCode, identifier).map(users::credentials);
    }
}
