package io.minato.hub.mappings.tradewaltz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayload.Form;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayload.Item;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a TradeWaltz payload (see {@code connectors.tradewaltz.TradeWaltzApi} for the contract) into
 * requests, naming every problem by its JSON path: not JSON, a missing required item, a wrong type. Each
 * request of a feed page is read on its own, so one bad request does not hold back the others. Pure.
 */
public final class TradeWaltzPayloadReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TradeWaltzPayloadReader() {
    }

    public static TradeWaltzPayload read(byte[] raw) {
        JsonNode root;
        try {
            root = JSON.readTree(raw);
        } catch (JsonProcessingException e) {
            return unreadable("$: not JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
        } catch (IOException e) {
            return unreadable("$: not readable: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            return unreadable("$: must be a JSON object, not " + (root == null ? "nothing" : JsonItems.type(root)));
        }
        if (root.has("requests")) {
            JsonNode requests = root.get("requests");
            if (!requests.isArray()) {
                return unreadable("$.requests: must be an array, not " + JsonItems.type(requests));
            }
            List<Item> items = new ArrayList<>();
            for (int i = 0; i < requests.size(); i++) {
                items.add(item(requests.get(i), "$.requests[" + i + "]"));
            }
            return new TradeWaltzPayload(Form.FEED_PAGE, items, List.of());
        }
        if (!root.has("request")) {
            return unreadable("$.request: is required but missing (a webhook event carries one request;"
                    + " a feed page carries $.requests)");
        }
        return new TradeWaltzPayload(Form.WEBHOOK_EVENT, List.of(item(root.get("request"), "$.request")), List.of());
    }

    private static TradeWaltzPayload unreadable(String problem) {
        return new TradeWaltzPayload(Form.UNREADABLE, List.of(), List.of(problem));
    }

    /** One request, or its problems. */
    static Item item(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            return new Item(path, null, List.of(path + ": must be an object, not "
                    + (node == null ? "nothing" : JsonItems.type(node))));
        }
        JsonItems json = new JsonItems();
        String requestId = json.text(node, path, "requestId", true);
        Integer version = json.integer(node, path, "version", true, 1);
        RequestKind kind = json.enumeration(node, path, "kind", RequestKind.class);
        String tradeId = json.text(node, path, "tradeId", true);
        String linkageId = json.text(node, path, "linkageId", true);
        var submittedAt = json.dateTime(node, path, "submittedAt", false);
        boolean export = kind == RequestKind.EXPORT_SHIPPING_REQUEST;
        boolean importing = kind == RequestKind.IMPORT_HANDLING_REQUEST;
        TradeWaltzParties parties = parties(json, node, path, export, importing);
        Transport transport = transport(json, node, path, export);
        String bookingNo = json.text(node, path, "bookingNo", false);
        String blNo = json.text(node, path, "blNo", importing);
        String invoiceNo = json.text(node, path, "invoiceNo", false);
        List<GoodsItem> goods = goods(json, node, path, export);
        ImportHandling handling = importing ? handling(json, node, path) : null;
        String remarks = json.text(node, path, "remarks", false);
        if (!json.problems().isEmpty()) {
            return new Item(path, null, json.problems());
        }
        return new Item(path, new TradeWaltzRequest(requestId, version, kind, tradeId, linkageId, submittedAt, parties,
                transport, bookingNo, blNo, invoiceNo, goods, handling, remarks), List.of());
    }

    private static TradeWaltzParties parties(JsonItems json, JsonNode node, String path, boolean export,
                                             boolean importing) {
        JsonNode parties = json.object(node, path, "parties", true);
        if (parties == null) {
            return null;
        }
        String at = path + ".parties";
        return new TradeWaltzParties(party(json, parties, at, "exporter", export),
                party(json, parties, at, "importer", importing),
                party(json, parties, at, "forwarder", true),
                // an S/I needs its consignee; an import request's consignee is its importer unless it says
                party(json, parties, at, "consignee", export),
                party(json, parties, at, "notify", false));
    }

    private static TradeWaltzParty party(JsonItems json, JsonNode parties, String path, String role, boolean required) {
        JsonNode party = json.object(parties, path, role, required);
        if (party == null) {
            return null;
        }
        String at = path + "." + role;
        return new TradeWaltzParty(json.text(party, at, "id", false), json.text(party, at, "naccsCode", false),
                json.text(party, at, "name", true), json.texts(party, at, "address"), json.text(party, at, "city", false),
                json.text(party, at, "postcode", false), json.text(party, at, "countryCode", false));
    }

    private static Transport transport(JsonItems json, JsonNode node, String path, boolean export) {
        JsonNode transport = json.object(node, path, "transport", export);
        if (transport == null) {
            return null;
        }
        String at = path + ".transport";
        return new Transport(json.text(transport, at, "carrierCode", false),
                json.text(transport, at, "vesselName", export), json.text(transport, at, "voyageNo", export),
                json.text(transport, at, "portOfLoading", export), json.text(transport, at, "portOfDischarge", export),
                json.text(transport, at, "placeOfDelivery", false), json.date(transport, at, "etd", false),
                json.date(transport, at, "eta", false));
    }

    private static List<GoodsItem> goods(JsonItems json, JsonNode node, String path, boolean export) {
        if (!json.present(node, "goods")) {
            if (export) {
                json.problem(path + ".goods", "is required but missing (an export shipping request ships goods)");
            }
            return List.of();
        }
        JsonNode goods = node.get("goods");
        if (!goods.isArray()) {
            json.problem(path + ".goods", "must be an array, not " + JsonItems.type(goods));
            return List.of();
        }
        if (export && goods.isEmpty()) {
            json.problem(path + ".goods", "must hold at least one goods line");
        }
        List<GoodsItem> items = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            String at = path + ".goods[" + i + "]";
            JsonNode line = goods.get(i);
            if (!line.isObject()) {
                json.problem(at, "must be an object, not " + JsonItems.type(line));
                continue;
            }
            String description = json.text(line, at, "description", true);
            Integer packages = json.integer(line, at, "packages", true, 1);
            String unit = json.text(line, at, "packageUnit", true);
            var weight = json.decimal(line, at, "grossWeightKg", true, true);
            var measurement = json.decimal(line, at, "measurementM3", false, false);
            String marks = json.text(line, at, "marks", false);
            List<String> containers = json.texts(line, at, "containerNos");
            String hsCode = json.text(line, at, "hsCode", false);
            if (description != null && packages != null && unit != null && weight != null) {
                items.add(new GoodsItem(description, packages, unit, weight, measurement, marks, containers, hsCode));
            }
        }
        return items;
    }

    private static ImportHandling handling(JsonItems json, JsonNode node, String path) {
        JsonNode handling = json.object(node, path, "handling", false);
        if (handling == null) {
            return null;
        }
        String at = path + ".handling";
        return new ImportHandling(json.text(handling, at, "clearance", false), json.bool(handling, at, "customsClearance"),
                json.bool(handling, at, "delivery"), json.bool(handling, at, "storage"),
                json.bool(handling, at, "insurance"), json.text(handling, at, "deliveryAddress", false),
                json.date(handling, at, "requestedDeliveryDate", false));
    }
}
