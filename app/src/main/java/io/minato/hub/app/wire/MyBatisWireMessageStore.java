package io.minato.hub.app.wire;

import io.minato.hub.app.support.Json;
import io.minato.hub.mappings.wire.AckExpected;
import io.minato.hub.mappings.wire.AckStatus;
import io.minato.hub.mappings.wire.AckTracking;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.mappings.wire.WireStatus;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The wire-message archive on PostgreSQL. No method joins a caller's transaction on purpose
 * beyond what Spring gives: archive must be committed before the message is queued.
 */
@Component
class MyBatisWireMessageStore implements WireMessageStore {

    /** The correlation key the EDIFACT archiver stores UNB 0020 under. */
    static final String INTERCHANGE_REF = "interchangeRef";

    /** One round trip per MiB when a large message is streamed from the archive. */
    private static final int RAW_SLICE_BYTES = 1 << 20;

    private final WireMessageMapper mapper;
    private final Json json;
    private final long inlineRawLimit;

    MyBatisWireMessageStore(WireMessageMapper mapper, Json json,
                            @Value("${minato.wire.inline-raw-limit-bytes}") long inlineRawLimit) {
        this.inlineRawLimit = inlineRawLimit;
        this.mapper = mapper;
        this.json = json;
    }

    @Override
    public long archive(NewWireMessage message) {
        WireStatus status = message.direction() == WireDirection.IN ? WireStatus.RECEIVED : WireStatus.SENDING;
        return mapper.insert(message.channel().name(), message.direction().name(), message.partner(),
                status.name(), message.contentType(), message.fileName(), message.raw(),
                json.write(message.correlation()));
    }

    @Override
    public long archive(NewWireMessage message, InputStream raw, long size) {
        WireStatus status = message.direction() == WireDirection.IN ? WireStatus.RECEIVED : WireStatus.SENDING;
        return mapper.insertStreamed(message.channel().name(), message.direction().name(), message.partner(),
                status.name(), message.contentType(), message.fileName(), new SizedStream(raw, size),
                json.write(message.correlation()));
    }

    @Override
    public Optional<WireMessage> find(long id) {
        return mapper.find(id).map(this::toWireMessage);
    }

    @Override
    public Optional<Long> findAppliedInterchange(WireMessage message, Duration window) {
        String reference = message.correlation().get(INTERCHANGE_REF);
        if (message.partner() == null || reference == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(mapper.findAppliedInterchange(message.id(), message.partner(),
                json.write(Map.of(INTERCHANGE_REF, reference)), message.receivedAt().minus(window)));
    }

    @Override
    public void addCorrelation(long id, Map<String, String> keys) {
        mapper.addCorrelation(id, json.write(keys));
    }

    @Override
    public void markProcessed(long id, Long dealId, Long documentId) {
        mapper.updateStatus(id, WireStatus.PROCESSED.name(), null, dealId, documentId);
    }

    @Override
    public void linkToDocument(long id, long dealId, long documentId) {
        mapper.linkToDocument(id, dealId, documentId);
    }

    @Override
    public void markRejected(long id, String reason) {
        mapper.updateStatus(id, WireStatus.REJECTED.name(), reason, null, null);
    }

    @Override
    public void markDuplicate(long id, String reason) {
        mapper.updateStatus(id, WireStatus.DUPLICATE.name(), reason, null, null);
    }

    @Override
    public void markSent(long id) {
        mapper.updateStatus(id, WireStatus.SENT.name(), null, null, null);
    }

    @Override
    public void markFailed(long id, String reason) {
        mapper.updateStatus(id, WireStatus.FAILED.name(), reason, null, null);
    }

    @Override
    public void expectAcknowledgement(long id, AckExpected expected, OffsetDateTime dueAt) {
        boolean none = expected == AckExpected.NONE;
        mapper.expectAcknowledgement(id, expected.name(), (none ? AckStatus.NOT_EXPECTED : AckStatus.PENDING).name(),
                none ? null : dueAt);
    }

    @Override
    public Optional<WireMessage> findOutboundInterchange(String partner, String interchangeRef) {
        return mapper.findOutboundInterchange(partner, json.write(Map.of(INTERCHANGE_REF, interchangeRef)))
                .map(this::toWireMessage);
    }

    @Override
    public void recordAcknowledgement(long id, AckStatus status, long ackWireMessageId, String detail) {
        mapper.recordAcknowledgement(id, status.name(), ackWireMessageId, detail);
    }

    @Override
    public List<Long> markOverdueAcknowledgements(OffsetDateTime now) {
        return mapper.markOverdueAcknowledgements(now);
    }

    @Override
    public WireMessage startAttempt(long id) {
        return mapper.startAttempt(id, inlineRawLimit).map(this::toWireMessage)
                .orElseThrow(() -> new IllegalStateException("wire message " + id + " is not archived"));
    }

    WireMessage toWireMessage(WireMessageRow row) {
        return new WireMessage(row.id(), Channel.valueOf(row.channel()), WireDirection.valueOf(row.direction()),
                row.partner(), WireStatus.valueOf(row.status()), row.contentType(), row.fileName(), row.raw(),
                json.readStringMap(row.correlation()), row.reason(), row.dealId(), row.documentId(),
                row.attempts(), row.receivedAt(), row.processedAt(), ackTracking(row), row.rawSize());
    }

    private static AckTracking ackTracking(WireMessageRow row) {
        if (row.ackStatus() == null) {
            return null;
        }
        return new AckTracking(row.ackExpected() == null ? null : AckExpected.valueOf(row.ackExpected()),
                AckStatus.valueOf(row.ackStatus()), row.ackDueAt(), row.ackWireMessageId(), row.ackDetail());
    }

    @Override
    public InputStream openRaw(long id) {
        return new ArchivedRawStream(offset -> mapper.rawSlice(id, offset + 1, RAW_SLICE_BYTES).stream().findFirst().orElse(null));
    }
}
