package io.minato.hub.mappings.colins;

/**
 * A terminal whose data Colins carries, and whether it allowed the platform to reuse that data
 * (連携データ活用の許可, terms annex 1.2): only consenting terminals' records are passed on.
 *
 * @param code      the terminal's code in Colins data
 * @param name      its Japanese name
 * @param portCode  UN/LOCODE of its port
 * @param consented whether it allowed reuse
 */
public record ColinsTerminal(String code, String name, String portCode, boolean consented) {
}
