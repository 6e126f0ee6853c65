package io.minato.hub.mappings.naccs.output;

/** A result code (処理結果コード) with its meaning in Japanese and English. */
public record ResultText(String code, String japanese, String english) {
}
