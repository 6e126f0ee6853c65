package io.minato.hub.app.naccs.output;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.naccs.NaccsMessageAccess;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.naccs.output.ResultText;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.mappings.wire.WireStatus;
import io.minato.hub.routes.naccs.NaccsRetrievalRoute;
import io.minato.hub.routes.support.Dispatch;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * NACCS outputs as the hub received them: matched to a deal or kept unmatched, split parts, result
 * codes in words, what each changed and what was older than the data held; the customs state of a
 * deal; re-processing; retrieval of held outputs (SYG).
 */
@RestController
@Validated
class NaccsOutputController {

    private static final EnumSet<WireStatus> REPROCESSABLE =
            EnumSet.of(WireStatus.RECEIVED, WireStatus.REJECTED, WireStatus.FAILED);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() { };
    private static final TypeReference<List<ResultText>> TEXTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, String>> CORRELATION = new TypeReference<>() { };

    /**
     * One output; {@code results} are the result codes of a processing-result notice in words. Items,
     * results and older fields are the message's content: for a caller not linked to the NACCS user
     * that received it they are left out and {@code contentWithheld} says why (NACCS terms art. 12).
     */
    record OutputView(long id, long wireMessageId, String businessCode, String outputInfoCode,
                      LocalDateTime receivedAt, String userCode, String subject, String handOverInfo,
                      String inputIdNumber, int splitSeq, boolean lastPart, String messageKind,
                      String destinationType, String status, String reason, Long submissionId, Long dealId,
                      Map<String, Object> items, List<ResultText> results, Map<String, Object> olderThanHeld,
                      String contentWithheld, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    /** What SYG asks: {@code REF} (list), {@code ALL}, or an output information code. */
    record RetrievalRequest(String code) {
    }

    private final DealAccess dealAccess;
    private final Callers callers;
    private final NaccsOutputMapper mapper;
    private final DealMapper deals;
    private final WireMessageStore wireMessages;
    private final Dispatch dispatch;
    private final ProducerTemplate producer;
    private final ObjectMapper json;
    private final NaccsMessageAccess access;

    NaccsOutputController(NaccsOutputMapper mapper, DealMapper deals, WireMessageStore wireMessages,
                          Dispatch dispatch, ProducerTemplate producer, ObjectMapper json, NaccsMessageAccess access,
                          DealAccess dealAccess, Callers callers) {
        this.access = access;
        this.dealAccess = dealAccess;
        this.callers = callers;
        this.mapper = mapper;
        this.deals = deals;
        this.wireMessages = wireMessages;
        this.dispatch = dispatch;
        this.producer = producer;
        this.json = json;
    }

    /** Newest first; {@code matched=false}: outputs nobody was found waiting for. */
    @GetMapping("/api/v1/naccs/outputs")
    List<OutputView> search(@RequestParam(required = false) Boolean matched,
                            @RequestParam(required = false) String code,
                            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return mapper.search(matched, null, code, callers.require().companyId(), limit).stream()
                .map(this::view).toList();
    }

    @GetMapping("/api/v1/naccs/outputs/{id}")
    OutputView get(@PathVariable long id) {
        return view(mapper.find(id).filter(row -> visible(callers.require(), row))
                .orElseThrow(() -> ApiException.notFound("NACCS output", id)));
    }

    /** An output belongs to its deal's participants; one matched to no deal is operations work. */
    private boolean visible(Caller caller, OutputRow row) {
        return caller.operator() || row.dealId() != null && dealAccess.participant(caller, row.dealId());
    }

    @GetMapping("/api/v1/deals/{dealId}/naccs/outputs")
    List<OutputView> ofDeal(@PathVariable long dealId,
                            @RequestParam(defaultValue = "200") @Min(1) @Max(500) int limit) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        dealAccess.requireParticipant(callers.require(), dealId);
        return mapper.search(null, dealId, null, null, limit).stream().map(this::view).toList();
    }

    /** What NACCS outputs said about the deal's declarations, cargo, containers, vessels: per field, as of when. */
    @GetMapping("/api/v1/deals/{dealId}/naccs/customs")
    List<CustomsStateRow> customs(@PathVariable long dealId) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        dealAccess.requireParticipant(callers.require(), dealId);
        return mapper.stateOfDeal(dealId);
    }

    /** Processes the output's mail again (an unmatched output, once its submission or deal is known). */
    @PostMapping("/api/v1/naccs/outputs/{id}/reprocess")
    ResponseEntity<OutputView> reprocess(@PathVariable long id) {
        requireOperator("re-processing a NACCS output");
        OutputRow output = mapper.find(id).orElseThrow(() -> ApiException.notFound("NACCS output", id));
        WireMessage wire = wireMessages.find(output.wireMessageId()).orElseThrow();
        if (!REPROCESSABLE.contains(wire.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "NACCS output " + id + " (wire message " + wire.id() + ") is "
                    + wire.status() + "; only " + REPROCESSABLE + " can be re-processed");
        }
        dispatch.reprocess(wire);
        return ResponseEntity.accepted().body(view(output));
    }

    /** Sends SYG now; 202 once the mail is handed to SMTP (what NACCS answers arrives as outputs). */
    @PostMapping("/api/v1/naccs/retrieval")
    ResponseEntity<Map<String, String>> retrieve(@RequestBody(required = false) RetrievalRequest request) {
        requireOperator("asking NACCS for waiting outputs (SYG)");
        String code = request == null || request.code() == null || request.code().isBlank() ? "REF" : request.code().strip();
        try {
            producer.requestBody(NaccsRetrievalRoute.SEND_ENDPOINT, code);
        } catch (CamelExecutionException e) {
            // the cause already says "SYG could not be sent: …" (and the wire message, if one was archived)
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), e);
        }
        return ResponseEntity.accepted().body(Map.of("retrieval", code));
    }

    /**
     * Outputs belong to whichever NACCS user and company they name, and a retrieval fetches every
     * user's: both act across companies, so they are the hub operator's, like re-processing a wire message.
     */
    private void requireOperator(String what) {
        if (!callers.require().operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, what + " is for the hub's operator"
                    + " / この操作は運営者のみ実行できます");
        }
    }

    private OutputView view(OutputRow row) {
        Optional<NaccsMessageAccess.Refusal> refusal = access.refusal(row.wireMessageId(),
                row.wireCorrelation() == null ? Map.of() : read(row.wireCorrelation(), CORRELATION));
        boolean shown = refusal.isEmpty();
        return new OutputView(row.id(), row.wireMessageId(), row.businessCode(), row.outputInfoCode(),
                row.receivedAt(), row.userCode(), row.subject(), row.handOverInfo(), row.inputIdNumber(),
                row.splitSeq(), row.lastPart(), row.messageKind(), row.destinationType(), row.status(), row.reason(),
                row.submissionId(), row.dealId(), shown ? read(row.items(), MAP) : null,
                shown ? read(row.resultTexts(), TEXTS) : null, shown ? read(row.olderFields(), MAP) : null,
                refusal.map(NaccsMessageAccess.Refusal::reason).orElse(null), row.createdAt(), row.updatedAt());
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("stored NACCS output JSON is unreadable", e);
        }
    }
}
