package io.minato.hub.routes.tradewaltz;

import io.minato.hub.mappings.tradewaltz.TradeWaltzParty;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayload;
import io.minato.hub.mappings.tradewaltz.TradeWaltzPayloadReader;
import io.minato.hub.mappings.tradewaltz.TradeWaltzRequest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The requesting company of an archived TradeWaltz message as correlation keys: its TradeWaltz company id and
 * NACCS code, which the party table knows it by. Its inbound limit (利用制限) is what the message counts against,
 * as its usage is. A feed page with requests of several requesters, or none readable, gets no keys: it belongs
 * to no single company, and holding one company's data back for another's limit is not what a limit is for.
 */
final class RequesterKeys {

    static final String ID = "requesterId";
    static final String NACCS_CODE = "requesterNaccsCode";

    private RequesterKeys() {
    }

    static Map<String, String> of(byte[] payload) {
        List<TradeWaltzParty> requesters = TradeWaltzPayloadReader.read(payload).items().stream()
                .map(TradeWaltzPayload.Item::request)
                .filter(Objects::nonNull)
                .map(TradeWaltzRequest::requester)
                .filter(Objects::nonNull)
                .toList();
        if (requesters.isEmpty() || requesters.stream().map(RequesterKeys::key).distinct().count() > 1) {
            return Map.of();
        }
        TradeWaltzParty requester = requesters.get(0);
        Map<String, String> keys = new LinkedHashMap<>();
        if (requester.id() != null) {
            keys.put(ID, requester.id());
        }
        if (requester.naccsCode() != null) {
            keys.put(NACCS_CODE, requester.naccsCode());
        }
        return keys;
    }

    private static List<String> key(TradeWaltzParty party) {
        return Arrays.asList(party.id(), party.naccsCode());
    }
}
