package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultCodeCatalogTest {

    private static final ResultCodeCatalog CATALOG = ResultCodeCatalog.load("../config/naccs/result-codes.yml");
    private static final Optional<NaccsLayout> ECR =
            Optional.of(NaccsLayout.fromFile(Path.of("../config/naccs/layouts/ECR.layout")));

    @Test
    void namesAKnownCodeAndItsItemInJapaneseAndEnglish() {
        ResultMessage message = CATALOG.describe(ResultCode.parse("E0001-BDCD-0000"), ECR);

        assertThat(message.known()).isTrue();
        assertThat(message.japanese()).isEqualTo("E0001 必須項目が入力されていません: 搬入予定保税地域コード (BDCD)");
        assertThat(message.english()).isEqualTo("E0001 A mandatory item is missing: Planned bonded-area code (BDCD)");
    }

    @Test
    void readsAnUnknownCodeByItsClassItemAndRepeatPosition() {
        ResultMessage message = CATALOG.describe(ResultCode.parse("R1234-CNNO-0003"), ECR);

        assertThat(message.known()).isFalse();
        assertThat(message.japanese()).isEqualTo("項目間関連エラー（R1234）: コンテナ番号 (CNNO)（3番目）");
        assertThat(message.english()).isEqualTo("Item relation error (R1234): Container number (CNNO) #3");
    }

    @Test
    void keepsTheAbbreviationWhenTheLayoutIsUnknown() {
        ResultMessage message = CATALOG.describe(ResultCode.parse("S9999-ABCD-0000"), Optional.empty());

        assertThat(message.english()).isEqualTo("Single-item error (S9999): item ABCD");
        assertThat(CATALOG.describe(ResultCode.of("A0004"), Optional.empty()).english())
                .isEqualTo("A0004 User code, identifier or password is wrong");
        assertThat(CATALOG.describe(ResultCode.NORMAL_END, Optional.empty()).japanese()).startsWith("00000 正常");
    }
}
