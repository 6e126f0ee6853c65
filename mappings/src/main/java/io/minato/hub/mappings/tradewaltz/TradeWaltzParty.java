package io.minato.hub.mappings.tradewaltz;

import java.util.List;

/**
 * A company a TradeWaltz request names.
 *
 * @param id          its TradeWaltz company id (looked up under the scheme {@code TRADEWALTZ})
 * @param naccsCode   its NACCS importer/exporter code (輸出入者コード), if TradeWaltz knows it
 * @param name        its name as TradeWaltz holds it
 * @param address     address lines, in order
 * @param city        city, which a name registered in the party table with a city matches
 * @param postcode    postal code, likewise
 * @param countryCode ISO 3166-1 alpha-2
 */
public record TradeWaltzParty(String id, String naccsCode, String name, List<String> address, String city,
                              String postcode, String countryCode) {

    public TradeWaltzParty {
        address = address == null ? List.of() : List.copyOf(address);
    }
}
