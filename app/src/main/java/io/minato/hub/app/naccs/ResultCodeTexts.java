package io.minato.hub.app.naccs;

import java.util.List;
import java.util.Map;

/**
 * Readable reasons for the common (class A) result codes NACCS.md lists; the per-business codes
 * (S…, R…, E…) name their item and are shown as they are until the official tables are loaded.
 */
final class ResultCodeTexts {

    private static final Map<String, String> COMMON = Map.of(
            "A0001", "業務コードが存在しません / no such business code",
            "A0004", "利用者IDまたはパスワードが誤っています / the NACCS user ID or password is wrong:"
                    + " check the password registered for this NACCS user",
            "A0008", "電文長が誤っています / the message length is wrong",
            "A0011", "センターが混雑しています / the NACCS centre is busy: send again later");

    private ResultCodeTexts() {
    }

    /** "NACCS rejected the input: A0004-0000-0000 利用者ID… / the NACCS user ID…; S0001-BDCD-0000" */
    static String describe(List<String> resultCodes) {
        StringBuilder text = new StringBuilder("NACCS rejected the input / NACCSでエラーになりました: ");
        for (int i = 0; i < resultCodes.size(); i++) {
            String code = resultCodes.get(i);
            text.append(i == 0 ? "" : "; ").append(code);
            String meaning = COMMON.get(code.length() >= 5 ? code.substring(0, 5) : code);
            if (meaning != null) {
                text.append(" ").append(meaning);
            }
        }
        return text.toString();
    }
}
