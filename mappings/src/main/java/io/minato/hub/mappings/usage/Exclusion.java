package io.minato.hub.mappings.usage;

/**
 * Why an operation does not make its deal billable, each rule as the fee rules (利用料細則) state it.
 * A deal with only such operations in a month is shown as excluded, naming the rules.
 */
public enum Exclusion {
    /** 第3条4: only functions other than the five document operations (messages, chat, settings). */
    NOT_A_DOCUMENT_OPERATION("only messages, chat or settings", "メッセージ・チャット・各種設定のみの利用"),
    /** 第3条4: a terminal-inquiry deal, except for the terminal operator answering it. */
    TERMINAL_INQUIRY("terminal inquiry (not the answering terminal)", "ターミナル問合せ機能に関わる取引（回答するターミナルオペレータを除く）"),
    /** 第3条4: a carrier, coastal carrier, ship agent or terminal operator only providing data by EDIFACT/API. */
    DATA_PROVISION_ONLY("data provided through EDIFACT/API only", "EDIFACT・API連携を通じたデータ提供のみ"),
    /** 第3条4: the operator of a linked system (annex 1) within the linked functions. */
    LINKED_SYSTEM_OPERATOR("operator of a linked system within its linked functions", "連携システム運営者の連携機能内の利用"),
    /** 第3条: the rules count from 1 April 2026 (the first fiscal year they apply to). */
    BEFORE_RULES("before the rules took effect (2026-04-01)", "料金細則の適用開始（2026年4月1日）前の利用");

    private final String english;
    private final String japanese;

    Exclusion(String english, String japanese) {
        this.english = english;
        this.japanese = japanese;
    }

    public String english() {
        return english;
    }

    public String japanese() {
        return japanese;
    }
}
