package io.minato.hub.connectors.naccs;

/**
 * A result code (処理結果コード) in words, for people: what the code means and which item it concerns.
 *
 * @param code     the 15-character wire form, e.g. {@code E0001-BDCD-0000}
 * @param known    whether the code has its own text; {@code false}: only its class was recognised
 * @param japanese e.g. {@code E0001 必須項目が入力されていません: 搬入予定保税地域コード (BDCD)}
 * @param english  e.g. {@code E0001 A mandatory item is missing: Planned bonded-area code (BDCD)}
 */
public record ResultMessage(String code, boolean known, String japanese, String english) {
}
