package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks before queueing that need no database: the 700,000-byte limit and item lengths. */
class NaccsSendingCheckTest {

    /** 800 repetitions of a 1,000-byte item: 802,000 bytes with the CRLFs and the 400-byte common part. */
    private static final NaccsLayout BIG = NaccsLayout.parse("test", """
            @code BIG
            @version 1
            blob  BLOB  1000  X  M  800  | 大きな項目 | Big item
            """);

    @Test
    void refusesAMessageOverNaccssSevenHundredThousandBytesBeforeQueueing() {
        Map<String, String> items = new HashMap<>();
        for (int i = 1; i <= 800; i++) {
            items.put(NaccsLayout.key("blob", i), "x");
        }

        assertThatThrownBy(() -> NaccsSending.check(BIG, items, StandardCharsets.UTF_8, draft()))
                .isInstanceOf(ApiException.class)
                .hasMessageContaining("802000 bytes").hasMessageContaining("700000");
    }

    @Test
    void namesAnItemTooLongInTheNaccsUsersCharsetInJapaneseAndEnglish() {
        Map<String, String> items = Map.of(NaccsLayout.key("blob", 1), "港".repeat(400));

        // 400 × 3 bytes in UTF-8 do not fit 1,000 bytes; in Shift_JIS (2 bytes each) they would
        assertThatThrownBy(() -> NaccsSending.check(BIG, items, StandardCharsets.UTF_8, draft()))
                .isInstanceOfSatisfying(ApiException.class, e -> org.assertj.core.api.Assertions
                        .assertThat(e.fieldProblems().get(0).message()).contains("大きな項目 (Big item)", "BLOB"));
    }

    private static SubmissionRow draft() {
        return new SubmissionRow(1, 1, null, "BIG", null, "MINATO-0000000001", "0000000001", "DRAFT", "[]", null,
                null, null, null, null, null, "{}", "{}", null, 1, null, null, 0, null);
    }
}
