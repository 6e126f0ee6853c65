package io.minato.hub.connectors.naccs;

import java.util.List;
import java.util.Objects;

/**
 * One NACCS business (業務) as the registry ({@code naccs/businesses.yml}) describes it.
 *
 * @param code         business code as the input common part carries it, e.g. {@code ECR}, {@code ECR11}
 * @param japaneseName 業務名, e.g. 輸出貨物情報登録
 * @param englishName  its English name
 * @param kind         what the business does
 * @param callsUp      for a call-up (呼出し), the business whose registered data it calls up; else null
 * @param feeds        document type codes (帳票, {@code UL040}, …) whose fields feed its items
 * @param layout       whether a layout file ships for it
 * @param linked       one of the codes Cyber Port links to NACCS (false: used by the gateway itself)
 */
public record NaccsBusiness(String code, String japaneseName, String englishName, Kind kind, String callsUp,
                            List<String> feeds, boolean layout, boolean linked) {

    /** What a business does; the registry file documents the rules. */
    public enum Kind {
        /** 登録: registers information or confirms an event (carry-in, vanning, declaration items). */
        REGISTRATION,
        /** 呼出し: calls up registered data so that it can be corrected or declared. */
        CALL_UP,
        /** 訂正, 変更, 取消し: corrects, changes or cancels registered information. */
        CHANGE,
        /** 申告, 申請: a declaration or application to customs. */
        DECLARATION,
        /** 照会: an inquiry; answers with an inquiry result. */
        INQUIRY,
        /** 通知 and anything else between private parties. */
        OTHER,
        /** Used by the gateway itself (output retrieval, connection test), not a linked business. */
        SYSTEM
    }

    public NaccsBusiness {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(kind, "kind");
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }
}
