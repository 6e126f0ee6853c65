package io.minato.hub.connectors.tradewaltz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The TradeWaltz API as the hub speaks it. TradeWaltz publishes no API specification, so this one is
 * defined from what the terms (annex 1) say passes between TradeWaltz and the platform: 輸出船積依頼
 * (export shipping requests, exporter → forwarder) and 輸入取扱依頼 (import handling requests, importer →
 * forwarder) in, the status of each trade back. HTTP/JSON under a base URL such as
 * {@code https://tradewaltz.example/tradewaltz/v1}:
 * <ul>
 *   <li><b>Webhook</b> (TradeWaltz → hub): {@code POST <hub>/api/v1/tradewaltz/webhook} with
 *       {@code {"event": "REQUEST_SUBMITTED", "deliveryId": "…", "request": {…}}} and the header
 *       {@value #SIGNATURE_HEADER}{@code : t=<epoch seconds>,v1=<hex HMAC-SHA256 of "<t>." + body>} under the
 *       webhook secret shared with TradeWaltz ({@link TradeWaltzSignature}).</li>
 *   <li><b>Feed</b> (hub → TradeWaltz, HTTP Basic with the platform's client id and secret):
 *       {@code GET /requests?after=<cursor>&limit=<n>} answers
 *       {@code {"cursor": "…", "hasMore": bool, "requests": [{…}, …]}}: every request version submitted after
 *       {@code after} (opaque; absent = from the start), oldest first; the answer's cursor is where the next
 *       page starts. The feed holds every request, also those already pushed by webhook: it is the fallback
 *       for webhooks that did not arrive.</li>
 *   <li><b>Status</b> (hub → TradeWaltz, HTTP Basic): {@code POST /trades/{linkageId}/status} with
 *       {@code {"status": "ACCEPTED" | "DOCUMENTS_SENT" | "PERMITTED", "occurredAt": "…", "dealNumber": "…", …}};
 *       2xx taken, 404 unknown linkage.</li>
 * </ul>
 * A request: {@code requestId}, {@code version} (an amendment keeps the id, one higher), {@code kind}
 * ({@code EXPORT_SHIPPING_REQUEST} / {@code IMPORT_HANDLING_REQUEST}), {@code tradeId}, {@code linkageId} (the
 * trade's link with the platform), {@code submittedAt}, {@code parties} ({@code exporter}, {@code importer},
 * {@code forwarder}, {@code consignee}, {@code notify}; each {@code id} (TradeWaltz company id), {@code naccsCode},
 * {@code name}, {@code address} lines, {@code countryCode}), {@code transport} ({@code carrierCode},
 * {@code vesselName}, {@code voyageNo}, {@code portOfLoading}, {@code portOfDischarge}, {@code placeOfDelivery},
 * {@code etd}, {@code eta}), {@code bookingNo}, {@code blNo}, {@code invoiceNo}, {@code goods} lines
 * ({@code description}, {@code packages}, {@code packageUnit}, {@code grossWeightKg}, {@code measurementM3},
 * {@code marks}, {@code containerNos}, {@code hsCode}), and for imports {@code handling} ({@code clearance},
 * {@code customsClearance}, {@code delivery}, {@code storage}, {@code insurance}, {@code deliveryAddress},
 * {@code requestedDeliveryDate}), {@code remarks}.
 */
public final class TradeWaltzApi {

    public static final String REQUESTS = "/requests";
    public static final String TRADES = "/trades/";
    public static final String STATUS = "/status";
    public static final String AFTER = "after";
    public static final String LIMIT = "limit";
    public static final String SIGNATURE_HEADER = "X-TradeWaltz-Signature";
    public static final String EVENT_HEADER = "X-TradeWaltz-Event";
    public static final String DELIVERY_HEADER = "X-TradeWaltz-Delivery";
    public static final String REQUEST_SUBMITTED = "REQUEST_SUBMITTED";

    private TradeWaltzApi() {
    }

    /** The query string of a feed request; {@code cursor} null or blank asks from the start. */
    public static String requestsQuery(String cursor, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a page holds at least one request, not " + limit);
        }
        String query = LIMIT + "=" + limit;
        return cursor == null || cursor.isBlank() ? query
                : AFTER + "=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + query;
    }

    /** The path, under the base URL, a trade's status is posted to. */
    public static String statusPath(String linkageId) {
        return TRADES + URLEncoder.encode(linkageId, StandardCharsets.UTF_8).replace("+", "%20") + STATUS;
    }
}
