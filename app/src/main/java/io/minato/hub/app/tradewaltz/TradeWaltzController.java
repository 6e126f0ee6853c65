package io.minato.hub.app.tradewaltz;

import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Rights;
import io.minato.hub.routes.tradewaltz.TradeWaltzInboundRoute;
import io.minato.hub.routes.tradewaltz.TradeWaltzPollOutcome;
import io.minato.hub.routes.tradewaltz.TradeWaltzSettings;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The TradeWaltz linkage of a deal, for its participants (DealAccess; the documents listed are only those of
 * types the caller may read), and the connection for the operator: poll now, status.
 */
@RestController
class TradeWaltzController {

    private final TradeWaltzMapper mapper;
    private final DealAccess access;
    private final Callers callers;
    private final ProducerTemplate producer;
    private final TradeWaltzSettings settings;

    TradeWaltzController(TradeWaltzMapper mapper, DealAccess access, Callers callers, ProducerTemplate producer,
                         TradeWaltzSettings settings) {
        this.mapper = mapper;
        this.access = access;
        this.callers = callers;
        this.producer = producer;
        this.settings = settings;
    }

    @GetMapping("/api/v1/deals/{dealId}/tradewaltz")
    @Operation(summary = "The deal's TradeWaltz trade (連携ID)", description = "Linkage and trade ids, the requests"
            + " received (applied or superseded), the documents they fill with the request version each holds, and"
            + " the status updates owed or sent to TradeWaltz. Empty when the deal is not linked. Participants.")
    List<TradeWaltzDealView> deal(@PathVariable long dealId) {
        Caller caller = callers.require();
        access.requireParticipant(caller, dealId);
        Map<DocumentType, Rights> rights = access.rightsByType(caller, dealId);
        return mapper.linkagesOfDeal(dealId).stream().map(linkage -> new TradeWaltzDealView(linkage.linkageId(),
                linkage.tradeId(), linkage.kind(), linkage.forwarder(), linkage.requester(), linkage.requestId(),
                linkage.requestVersion(), linkage.createdAt(), linkage.updatedAt(),
                mapper.requestsOfLinkage(linkage.linkageId()),
                mapper.documentsOfLinkage(linkage.linkageId()).stream()
                        .filter(document -> rights.getOrDefault(DocumentType.valueOf(document.type()), Rights.NONE)
                                .covers(Rights.READ))
                        .toList(),
                mapper.statusesOfLinkage(linkage.linkageId()))).toList();
    }

    @PostMapping("/api/v1/tradewaltz/poll")
    @Operation(summary = "Polls the TradeWaltz request feed now (operator)", description = "One poll, as the"
            + " schedule does; ran=false when another hub instance is polling; error says why a poll stopped early.")
    TradeWaltzPollOutcome poll() {
        callers.requireOperator();
        return producer.requestBody(TradeWaltzInboundRoute.POLL_ENDPOINT, null, TradeWaltzPollOutcome.class);
    }

    @GetMapping("/api/v1/tradewaltz/status")
    @Operation(summary = "The TradeWaltz connection (operator)", description = "Feed cursor and last poll, status"
            + " updates by status and state.")
    TradeWaltzStatus status() {
        callers.requireOperator();
        return new TradeWaltzStatus(settings.baseUrl(), mapper.feedStatus(MyBatisTradeWaltzStore.FEED).orElse(null),
                mapper.outboxCounts());
    }
}
