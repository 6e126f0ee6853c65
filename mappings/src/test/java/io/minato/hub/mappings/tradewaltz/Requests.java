package io.minato.hub.mappings.tradewaltz;

import java.nio.charset.StandardCharsets;

/** Request payloads the TradeWaltz tests read. */
final class Requests {

    static final String EXPORT = """
            {"requestId": "TWR-EX-1", "version": 2, "kind": "EXPORT_SHIPPING_REQUEST", "tradeId": "TWT-1",
             "linkageId": "TWL-1-EX", "submittedAt": "2026-05-20T10:00:00+09:00",
             "parties": {
               "exporter": {"id": "TW-C-1", "naccsCode": "JP1234567890X", "name": "横浜商事株式会社",
                            "address": ["横浜市中区海岸通1-1"], "city": "横浜市", "postcode": "231-0002", "countryCode": "JP"},
               "forwarder": {"id": "TW-C-2", "name": "MINATO FORWARDING CO., LTD.", "city": "YOKOHAMA"},
               "consignee": {"name": "PACIFIC IMPORTS INC.", "address": ["200 OCEAN BLVD"], "city": "LONG BEACH",
                             "countryCode": "US"},
               "notify": {"name": "SAME AS CONSIGNEE"}},
             "transport": {"carrierCode": "ONEY", "vesselName": "ONE HARMONY", "voyageNo": "042E",
                           "portOfLoading": "JPYOK", "portOfDischarge": "USLGB", "etd": "2026-06-02", "eta": "2026-06-16"},
             "bookingNo": "BKG1", "invoiceNo": "INV-1",
             "goods": [{"description": "AUTO PARTS", "packages": 120, "packageUnit": "CT", "grossWeightKg": 2450.5,
                        "measurementM3": 18.2, "marks": "YS/LGB", "containerNos": ["ONEU1234567"], "hsCode": "870830"},
                       {"description": "TOOLS", "packages": 10, "packageUnit": "PK", "grossWeightKg": 100}],
             "remarks": "FREIGHT PREPAID"}
            """;

    static final String IMPORT = """
            {"requestId": "TWR-IM-1", "version": 1, "kind": "IMPORT_HANDLING_REQUEST", "tradeId": "TWT-2",
             "linkageId": "TWL-2-IM",
             "parties": {
               "importer": {"id": "TW-C-7", "naccsCode": "JPCN0001X", "name": "TOKYO IMPORT KK", "countryCode": "JP"},
               "forwarder": {"id": "TW-C-2", "name": "MINATO FORWARDING CO., LTD."},
               "exporter": {"name": "SHANGHAI GARMENTS CO., LTD.", "city": "SHANGHAI", "countryCode": "CN"}},
             "transport": {"carrierCode": "ONEY", "vesselName": "ONE HARMONY", "voyageNo": "043W",
                           "portOfLoading": "CNSHA", "portOfDischarge": "JPTYO", "eta": "2026-06-20"},
             "blNo": "ONEYSHAA0421001", "invoiceNo": "SG-99",
             "goods": [{"description": "COTTON T-SHIRTS", "packages": 300, "packageUnit": "CT", "grossWeightKg": 3100,
                        "measurementM3": 25.5, "containerNos": ["TCLU7654321"]},
                       {"description": "SOCKS", "packages": 20, "packageUnit": "CT", "grossWeightKg": 150.25,
                        "containerNos": ["TCLU7654321"]}],
             "handling": {"clearance": "IMPORT_DECLARATION", "customsClearance": true, "delivery": true,
                          "deliveryAddress": "東京都江東区青海2-4", "requestedDeliveryDate": "2026-06-23"},
             "remarks": "午前中配達希望"}
            """;

    private Requests() {
    }

    static byte[] webhook(String request) {
        return ("{\"event\": \"REQUEST_SUBMITTED\", \"deliveryId\": \"d-1\", \"request\": " + request + "}")
                .getBytes(StandardCharsets.UTF_8);
    }

    static TradeWaltzRequest read(String request) {
        TradeWaltzPayload payload = TradeWaltzPayloadReader.read(webhook(request));
        TradeWaltzPayload.Item item = payload.items().get(0);
        if (item.request() == null) {
            throw new AssertionError("unreadable test request: " + item.problems());
        }
        return item.request();
    }
}
