package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import io.minato.hub.connectors.naccs.ResultCodeCatalog;
import io.minato.hub.mappings.naccs.output.CustomsUpdate;
import io.minato.hub.mappings.naccs.output.NaccsOutputStore;
import io.minato.hub.mappings.naccs.output.ResultText;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.mappings.submission.NaccsSubmissionStore;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.Charset;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.ProducerTemplate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Applies one whole NACCS output by its business meaning. A processing-result notice sets its
 * submission ACCEPTED or REJECTED with the result codes in Japanese and English (item names from
 * the business's layout). Any other output is decoded with its layout and applied to its deal —
 * found through the submission it answers, else through the business keys it names (declaration
 * number, export control number, container) — field by field, newer reception time wins, so a
 * permit that arrives after a later inquiry still applies what it alone says. An output no deal
 * can be found for is kept UNMATCHED and its mail REJECTED with the reason, ready to re-process.
 */
@Component
class NaccsOutputApplier {

    static final String ECR_REGISTERED = "SAE0010";
    static final String DECLARATION_ACCEPTED = "SAD0010";
    /** What SYG REF answers: the output codes NACCS holds, with counts. */
    static final String PENDING_LIST = "SYG0010";

    private static final Logger log = LoggerFactory.getLogger(NaccsOutputApplier.class);

    private final WireMessageStore wireMessages;
    private final NaccsSubmissionStore submissions;
    private final NaccsOutputStore outputs;
    private final NaccsLayouts layouts;
    private final ResultCodeCatalog resultCodes;
    private final NaccsRetrievalSettings retrieval;
    private final ProducerTemplate producer;

    NaccsOutputApplier(WireMessageStore wireMessages, NaccsSubmissionStore submissions, NaccsOutputStore outputs,
                       NaccsLayouts layouts, ResultCodeCatalog resultCodes, NaccsRetrievalSettings retrieval,
                       ProducerTemplate producer) {
        this.retrieval = retrieval;
        this.producer = producer;
        this.wireMessages = wireMessages;
        this.submissions = submissions;
        this.outputs = outputs;
        this.layouts = layouts;
        this.resultCodes = resultCodes;
    }

    void apply(long wireMessageId, long outputId, OutputCommonPart common, byte[] businessPart, Charset charset,
               Optional<NaccsSubmission> submission) {
        if (common.isProcessingResult()) {
            applyResult(wireMessageId, outputId, common, businessPart, charset, submission);
            return;
        }
        Map<String, String> items = decode(common, businessPart, charset);
        if (NaccsOutputMeanings.DEAL_LESS_BUSINESSES.contains(common.businessCode().strip())) {
            outputs.keep(outputId, items, List.of());
            wireMessages.markProcessed(wireMessageId, null, null);
            if (PENDING_LIST.equals(common.outputInfoCode().strip()) && retrieval.pullListed()) {
                pullListed(items);
            }
            return;
        }
        Optional<Long> deal = submission.map(NaccsSubmission::dealId).or(() -> dealByKeys(items));
        if (deal.isEmpty()) {
            throw unmatched(outputId, common, items, List.of());
        }
        String code = common.outputInfoCode().strip();
        Long submissionId = submission.map(NaccsSubmission::id).orElse(null);
        if (ECR_REGISTERED.equals(code) && submission.filter(s -> s.businessCode().equals("ECR")).isPresent()) {
            recordExportControlNumber(submission.get(), items, common, wireMessageId);
        }
        if (DECLARATION_ACCEPTED.equals(code) && items.get("declarationNumber") != null) {
            outputs.registerDeclaration(items.get("declarationNumber"), deal.get(), items.get("exportControlNumber"),
                    submissionId);
        }
        List<CustomsUpdate> updates = NaccsOutputMeanings.update(code, items, asOf(common)).stream().toList();
        Map<String, List<String>> older = outputs.apply(outputId, deal.get(), submissionId, updates, items, List.of());
        wireMessages.markProcessed(wireMessageId, deal.get(), null);
        log.info("NACCS output {} applied to deal {}{}", code, deal.get(), older.isEmpty() ? ""
                : "; older than data held, not applied: " + older);
    }

    private void applyResult(long wireMessageId, long outputId, OutputCommonPart common, byte[] businessPart,
                             Charset charset, Optional<NaccsSubmission> submission) {
        ProcessingResult result;
        try {
            result = ProcessingResult.parse(businessPart, charset);
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("processing-result notice " + common.outputInfoCode() + ": "
                    + e.getMessage(), e);
        }
        List<ResultText> texts = resultCodes.describe(result.codes(), layouts.find(common.businessCode())).stream()
                .map(message -> new ResultText(message.code(), message.japanese(), message.english())).toList();
        Map<String, String> keys = new LinkedHashMap<>();
        for (int i = 0; i < result.businessKeys().size(); i++) {
            keys.put("businessKey" + (i + 1), result.businessKeys().get(i));
        }
        if (NaccsOutputMeanings.DEAL_LESS_BUSINESSES.contains(common.businessCode().strip())) {
            outputs.keep(outputId, keys, texts);
            wireMessages.markProcessed(wireMessageId, null, null);
            return;
        }
        if (submission.isEmpty()) {
            throw unmatched(outputId, common, keys, texts);
        }
        NaccsSubmission answered = submission.get();
        List<String> codes = result.codes().stream().map(ResultCode::toString).toList();
        boolean accepted = result.errors().isEmpty();
        // recordResult also frees the NACCS user for its next send: always called for a notice
        submissions.recordResult(answered.id(), accepted, codes, wireMessageId);
        outputs.apply(outputId, answered.dealId(), answered.id(), List.of(), keys, texts);
        wireMessages.markProcessed(wireMessageId, answered.dealId(), answered.sourceDocumentId());
        log.info("NACCS {} submission {}: {} {}", answered.businessCode(), answered.id(),
                accepted ? "accepted" : "rejected", codes);
    }

    /** Asks NACCS for every output code the list says it holds (a SYG per code). */
    private void pullListed(Map<String, String> items) {
        for (int slot = 1; items.containsKey(NaccsLayout.key("outputInfoCode", slot)); slot++) {
            String code = items.get(NaccsLayout.key("outputInfoCode", slot));
            String count = items.getOrDefault(NaccsLayout.key("pendingCount", slot), "0");
            if (!count.matches("0*")) {
                log.info("NACCS holds {} output(s) {}; retrieving them with SYG", count, code);
                producer.sendBody(NaccsRetrievalRoute.SEND_ENDPOINT, code);
            }
        }
    }

    /** ECR's output names the export control number (輸出管理番号); applied once. */
    private void recordExportControlNumber(NaccsSubmission submission, Map<String, String> items,
                                           OutputCommonPart common, long wireMessageId) {
        String number = Optional.ofNullable(items.get("exportControlNumber"))
                .orElseGet(() -> common.subject().isBlank() ? null : common.subject().trim().split("\\s+")[0]);
        if (number == null || number.equals(submission.exportControlNumber())) {
            return;
        }
        submissions.recordExportControlNumber(submission.id(), number, wireMessageId);
        log.info("NACCS ECR submission {}: export control number {}", submission.id(), number);
    }

    private Optional<Long> dealByKeys(Map<String, String> items) {
        return Optional.ofNullable(items.get("declarationNumber")).flatMap(outputs::dealOfDeclaration)
                .or(() -> Optional.ofNullable(items.get("exportControlNumber")).flatMap(outputs::dealOfExportControlNumber))
                .or(() -> Optional.ofNullable(items.get("containerNumber")).flatMap(outputs::dealOfContainer));
    }

    /** Items by the output's layout; an output without a layout is kept with none (it is archived whole). */
    private Map<String, String> decode(OutputCommonPart common, byte[] businessPart, Charset charset) {
        Optional<NaccsLayout> layout = layouts.find(common.outputInfoCode());
        if (layout.isEmpty()) {
            log.warn("no layout for NACCS output {} in {}; kept without items", common.outputInfoCode(),
                    layouts.location());
            return Map.of();
        }
        try {
            return layout.get().decode(businessPart, charset);
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("output " + common.outputInfoCode() + " does not fit layout "
                    + layout.get().code() + " " + layout.get().version() + ": " + e.getMessage(), e);
        }
    }

    private UnprocessableMessageException unmatched(long outputId, OutputCommonPart common, Map<String, String> items,
                                                    List<ResultText> texts) {
        String reason = "unmatched NACCS output " + common.outputInfoCode().strip() + ": no submission matches the"
                + " echoed hand-over information '" + common.handOverInfo() + "' and input identification number '"
                + common.inputIdNumber() + "', and no deal is known by its keys " + keysOf(items)
                + "; kept (GET /api/v1/naccs/outputs?matched=false), re-process once it can match";
        outputs.unmatched(outputId, reason, items, texts);
        return new UnprocessableMessageException(reason);
    }

    private static Map<String, String> keysOf(Map<String, String> items) {
        Map<String, String> keys = new LinkedHashMap<>();
        for (String key : List.of("declarationNumber", "exportControlNumber", "containerNumber")) {
            if (items.get(key) != null) {
                keys.put(key, items.get(key));
            }
        }
        return keys;
    }

    /** The output's reception date-time at NACCS; a blank one counts as now (it is at least this recent). */
    private static LocalDateTime asOf(OutputCommonPart common) {
        return common.receivedAt() != null ? common.receivedAt() : LocalDateTime.now();
    }
}
