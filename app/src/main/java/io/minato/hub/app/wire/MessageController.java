package io.minato.hub.app.wire;

import io.minato.hub.app.naccs.NaccsMessageAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Cursor;
import io.minato.hub.app.support.CursorPage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.wire.AckExpected;
import io.minato.hub.mappings.wire.AckStatus;
import io.minato.hub.mappings.wire.AckTracking;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.mappings.wire.WireStatus;
import io.minato.hub.routes.support.Dispatch;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Wire messages: what came in and went out, what became of it, and its raw content. */
@RestController
@Validated
@RequestMapping("/api/v1/messages")
class MessageController {

    private static final EnumSet<WireStatus> REPROCESSABLE =
            EnumSet.of(WireStatus.RECEIVED, WireStatus.REJECTED, WireStatus.FAILED);

    /**
     * A wire message; {@code content} is the raw bytes read in their declared charset. The {@code ack…}
     * fields are set on outbound interchanges whose acknowledgement is tracked.
     */
    record MessageView(long id, Channel channel, WireDirection direction, String partner, WireStatus status,
                       String reason, String contentType, String fileName, Map<String, String> correlation,
                       Long dealId, Long documentId, int attempts, OffsetDateTime receivedAt,
                       OffsetDateTime processedAt, AckExpected ackExpected, AckStatus ackStatus,
                       OffsetDateTime ackDueAt, Long ackWireMessageId, String ackDetail,
                       int size, String charset, String content, String contentBase64,
                       String contentWithheld) {
    }

    /** Cursors of this list are refused by the others. */
    static final String LIST = "wire-messages";
    private static final int MAX_LIMIT = 500;
    /**
     * A company's search passes over messages carrying documents it may not read; this many batches of a
     * page's size at most per request, so that one request never reads the whole archive.
     */
    private static final int MAX_BATCHES = 5;

    /** Keys of acknowledgement counts beside the wire statuses in {@code /counts}, e.g. {@code ack.OVERDUE}. */
    static final String ACK_COUNT_PREFIX = "ack.";

    private final WireMessageStore store;
    private final WireMessageMapper mapper;
    private final MyBatisWireMessageStore rows;
    private final Dispatch dispatch;
    private final NaccsMessageAccess naccsAccess;
    private final WireAccess access;
    private final Callers callers;
    private final WireRedelivery redelivery;

    MessageController(WireMessageStore store, WireMessageMapper mapper, MyBatisWireMessageStore rows,
                      Dispatch dispatch, NaccsMessageAccess naccsAccess, WireAccess access, Callers callers,
                      WireRedelivery redelivery) {
        this.redelivery = redelivery;
        this.access = access;
        this.callers = callers;
        this.store = store;
        this.mapper = mapper;
        this.rows = rows;
        this.dispatch = dispatch;
        this.naccsAccess = naccsAccess;
    }

    /** The message with its content, except a NACCS message's content for anyone but its NACCS user. */
    @GetMapping("/{id}")
    MessageView get(@PathVariable long id) {
        WireMessage message = find(id);
        access.requireVisible(callers.require(), message);
        return naccsAccess.refusal(message)
                .map(refusal -> withheld(view(message, false), refusal.reason()))
                .orElseGet(() -> view(message, true));
    }

    /**
     * The raw bytes as archived (a NACCS input with its password masked); for a NACCS message only to
     * platform users linked to the NACCS user that sent or received it (401 without login, 403 otherwise).
     */
    @GetMapping("/{id}/raw")
    ResponseEntity<InputStreamResource> raw(@PathVariable long id) {
        WireMessage message = find(id);
        access.requireVisible(callers.require(), message);
        naccsAccess.refusal(message).ifPresent(refusal -> {
            throw new ApiException(refusal.status(), refusal.reason());
        });
        MediaType type = message.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(message.contentType());
        return ResponseEntity.ok().contentType(type).body(new InputStreamResource(store.openRaw(id)));
    }

    private static MessageView withheld(MessageView view, String reason) {
        return new MessageView(view.id(), view.channel(), view.direction(), view.partner(), view.status(),
                view.reason(), view.contentType(), view.fileName(), view.correlation(), view.dealId(),
                view.documentId(), view.attempts(), view.receivedAt(), view.processedAt(), view.ackExpected(),
                view.ackStatus(), view.ackDueAt(), view.ackWireMessageId(), view.ackDetail(), view.size(),
                view.charset(), null, null, reason);
    }

    /**
     * Newest first; every parameter narrows the search. Paged by keyset on the id: a page's
     * {@code Link rel="next"} (and {@code X-Next-Cursor}) leads to the next, none on the last page.
     */
    @GetMapping
    @Operation(summary = "Search wire messages / 電文検索",
            description = "Newest first. A next page is announced by `Link: <…>; rel=\"next\"` and `X-Next-Cursor`;"
                    + " the body stays a JSON array. A page may hold fewer than `limit` messages when messages the"
                    + " caller may not see were passed over; only the absence of a next link means the end.")
    ResponseEntity<List<MessageView>> search(
            @RequestParam(required = false) WireStatus status,
            @RequestParam(required = false) Channel channel,
            @RequestParam(required = false) WireDirection direction,
            @RequestParam(required = false) String partner,
            @RequestParam(required = false) AckStatus ackStatus,
            @Parameter(description = "interchange control reference (UNB 0020) or NACCS hand-over information")
            @RequestParam(required = false) String reference,
            @RequestParam(required = false) String bookingNo,
            @RequestParam(required = false) String blNo,
            @Parameter(description = "messages of deals carrying this container, and messages that reported on it")
            @RequestParam(required = false) String containerNo,
            @Parameter(description = "received at or after (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime from,
            @Parameter(description = "received before (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime to,
            @Parameter(description = "opaque position from the previous page's Link / X-Next-Cursor; absent = newest")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "500", defaultValue = "50"))
            @RequestParam(defaultValue = "50") int limit) {
        Caller caller = callers.require();
        Long beforeId = Cursor.decodeId(LIST, cursor).orElse(null);
        int size = CursorPage.limit(limit, MAX_LIMIT);
        MessageSearch criteria = new MessageSearch(name(status), name(channel), name(direction), partner, name(ackStatus),
                reference, bookingNo, blNo, containerNo, from, to, caller.companyId(), beforeId, size);
        CursorPage<WireMessage> page = CursorPage.filtered(LIST, beforeId, size, MAX_BATCHES,
                (after, rows) -> mapper.search(criteria.batch(after, rows)).stream().map(this.rows::toWireMessage).toList(),
                found -> access.visible(caller, found), WireMessage::id);
        return new CursorPage<>(page.items().stream().map(message -> view(message, false)).toList(), page.next())
                .response();
    }

    /**
     * How many wire messages stand at each status, and outbound interchanges at each acknowledgement
     * status ({@code ack.PENDING}, {@code ack.OVERDUE}, …); what a monitor or a benchmark polls.
     */
    @GetMapping("/counts")
    Map<String, Long> counts() {
        access.requireOperator(callers.require());
        Map<String, Long> counts = new TreeMap<>();
        mapper.countByStatus().forEach(row -> counts.put(row.status(), row.count()));
        mapper.countByAckStatus().forEach(row -> counts.put(ACK_COUNT_PREFIX + row.status(), row.count()));
        return counts;
    }

    /** Processes an inbound message again from its archived bytes (after a fix or a partner resend). */
    @PostMapping("/{id}/reprocess")
    ResponseEntity<MessageView> reprocess(@PathVariable long id) {
        access.requireOperator(callers.require());
        WireMessage message = find(id);
        if (message.direction() != WireDirection.IN || !REPROCESSABLE.contains(message.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "wire message " + id + " is " + message.direction() + " "
                    + message.status() + "; only inbound messages that are " + REPROCESSABLE + " can be re-processed");
        }
        dispatch.reprocess(message);
        return ResponseEntity.accepted().body(view(message, false));
    }

    /** Delivers an outbound EDIFACT interchange to its partner again, as archived (same control number). */
    @PostMapping("/{id}/resend")
    ResponseEntity<MessageView> resend(@PathVariable long id) {
        return ResponseEntity.accepted().body(view(redelivery.resend(callers.require(), id), false));
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private WireMessage find(long id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("wire message", id));
    }

    private static MessageView view(WireMessage message, boolean withContent) {
        Charset charset = charsetOf(message);
        AckTracking ack = message.ack();
        return new MessageView(message.id(), message.channel(), message.direction(), message.partner(),
                message.status(), message.reason(), message.contentType(), message.fileName(), message.correlation(),
                message.dealId(), message.documentId(), message.attempts(), message.receivedAt(),
                message.processedAt(), ack == null ? null : ack.expected(), ack == null ? null : ack.status(),
                ack == null ? null : ack.dueAt(), ack == null ? null : ack.ackWireMessageId(),
                ack == null ? null : ack.detail(), message.raw().length, charset.name(),
                withContent ? new String(message.raw(), charset) : null,
                withContent ? Base64.getEncoder().encodeToString(message.raw()) : null, null);
    }

    /** EDIFACT declares its charset in UNB; mail carries 8-bit bodies we read as UTF-8 for display. */
    private static Charset charsetOf(WireMessage message) {
        if (message.channel().isEdifact()) {
            return EnvelopeInspector.inspect(message.raw())
                    .map(InterchangeHeader::charsetName)
                    .filter(Charset::isSupported)
                    .map(Charset::forName)
                    .orElse(StandardCharsets.UTF_8);
        }
        return StandardCharsets.UTF_8;
    }
}
