package io.minato.hub.app.tradewaltz;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.routes.tradewaltz.TradeWaltzWebhookReceiver;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where TradeWaltz pushes requests. No user logs in here: TradeWaltz proves itself by the HMAC signature of
 * each body under the shared webhook secret (checked after the body is archived, so a refused one is kept
 * too). 202 once archived and queued; 401 problem+json when the signature does not hold.
 */
@RestController
@RequestMapping("/api/v1/tradewaltz")
@Tag(name = "TradeWaltz", description = "輸出船積依頼・輸入取扱依頼 from TradeWaltz, status back")
class TradeWaltzWebhookController {

    private final TradeWaltzWebhookReceiver receiver;

    TradeWaltzWebhookController(TradeWaltzWebhookReceiver receiver) {
        this.receiver = receiver;
    }

    @PostMapping("/webhook")
    @Operation(summary = "TradeWaltz webhook (signed, no login)",
            description = "Body {\"event\":\"REQUEST_SUBMITTED\",\"deliveryId\":…,\"request\":{…}}; header "
                    + TradeWaltzApi.SIGNATURE_HEADER + ": t=<epoch seconds>,v1=<hex HMAC-SHA256 of \"<t>.\" + body>."
                    + " Archived first; 202 with the wire message id, 401 when the signature does not hold.")
    ResponseEntity<Map<String, Object>> webhook(
            @RequestBody(required = false) byte[] body,
            @RequestHeader(value = TradeWaltzApi.SIGNATURE_HEADER, required = false) String signature,
            @RequestHeader(value = TradeWaltzApi.DELIVERY_HEADER, required = false) String deliveryId) {
        TradeWaltzWebhookReceiver.Receipt receipt = receiver.receive(body == null ? new byte[0] : body, signature,
                deliveryId);
        if (!receipt.accepted()) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "TradeWaltz webhook refused: " + receipt.refusal()
                    + "; kept as wire message " + receipt.wireMessageId()
                    + " / 署名を確認できないため受け付けませんでした (電文 " + receipt.wireMessageId() + ")");
        }
        return ResponseEntity.accepted().body(Map.of("wireMessageId", receipt.wireMessageId(), "status", "RECEIVED"));
    }
}
