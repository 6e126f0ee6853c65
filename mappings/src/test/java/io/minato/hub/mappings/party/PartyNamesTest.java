package io.minato.hub.mappings.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class PartyNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MINATO FORWARDING CO., LTD.",
            "Minato Forwarding Co Ltd",
            "MINATO FORWARDING CO.,LTD",
            "minato  forwarding   co. ltd.",
            "MINATO FORWARDING COMPANY LIMITED",
            "MINATO FORWARDING CO. LIMITED",
            "MINATO FORWARDING K.K.",
            "MINATO FORWARDING KK",
            "Minato Forwarding Kabushiki Kaisha",
            "MINATO FORWARDING 株式会社",
            "株式会社 MINATO FORWARDING",
            "MINATO FORWARDING (株)",
            "MINATO FORWARDING ㈱",
            "ＭＩＮＡＴＯ　ＦＯＲＷＡＲＤＩＮＧ　ＣＯ．，ＬＴＤ．",
            "ＭＩＮＡＴＯ　ＦＯＲＷＡＲＤＩＮＧ　（株）",
            "\tMINATO FORWARDING CO., LTD.\n"})
    void spellingsOfOneKabushikiKaishaAreOneKey(String name) {
        assertThat(PartyNames.normalize(name)).isEqualTo("minato forwarding co ltd");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "日本郵船株式会社",
            "株式会社日本郵船",
            "株式会社　日本郵船",
            "日本郵船（株）",
            "日本郵船㈱",
            "(株)日本郵船",
            "日本郵船 株式会社",
            "日本　郵船　株式会社"})
    void japaneseLegalFormInFrontBehindOrAbbreviatedIsOneKey(String name) {
        assertThat(PartyNames.normalize(name)).isEqualTo("日本郵船 co ltd");
    }

    @Test
    void fullWidthAndHalfWidthKatakanaAreTheSame() {
        assertThat(PartyNames.normalize("ﾐﾅﾄ･ﾌｫﾜｰﾃﾞｨﾝｸﾞ(ｶ)"))
                .isEqualTo(PartyNames.normalize("ミナト・フォワーディング（カ）"))
                .isEqualTo("ミナトフォワーディングカ");
        assertThat(PartyNames.normalize("ﾖｺﾊﾏｼｮｳｼﾞ株式会社")).isEqualTo("ヨコハマショウジ co ltd");
    }

    @Test
    void fullWidthLatinAndDigitsBecomeHalfWidth() {
        assertThat(PartyNames.normalize("ＡＢＣ商事１２３")).isEqualTo("abc商事123");
        assertThat(PartyNames.normalize("ＡＢＣ　ＴＲＡＤＩＮＧ　ＩＮＣ．")).isEqualTo("abc trading inc");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "OCEAN NETWORK EXPRESS PTE. LTD.     | ocean network express pte ltd",
            "Ocean Network Express Private Limited | ocean network express pte ltd",
            "PACIFIC IMPORTS INC.                | pacific imports inc",
            "Pacific Imports, Incorporated       | pacific imports inc",
            "ACME CORPORATION                    | acme corp",
            "ACME CORP.                          | acme corp",
            "ACME LIMITED                        | acme ltd",
            "ACME HOLDINGS LTD                   | acme holdings ltd",
            "SAKURA YUGEN KAISHA                 | sakura yk",
            "桜運送有限会社                         | 桜運送 yk",
            "桜運送㈲                             | 桜運送 yk",
            "SAKURA GODO KAISHA                  | sakura llc",
            "合同会社サクラ                        | サクラ llc",
            "A.P. MOLLER - MAERSK A/S            | ap moller maersk as",
            "A P MOLLER MAERSK AS                | ap moller maersk as",
            "JOHNSON & JOHNSON                   | johnson and johnson",
            "O'BRIEN SHIPPING                    | obrien shipping",
            "N.Y.K. LINE                         | nyk line"})
    void legalFormsPunctuationAndInitialsAreCanonical(String name, String key) {
        assertThat(PartyNames.normalize(name)).isEqualTo(key);
    }

    @Test
    void aLegalFormInsideANameOrAloneStaysWhereItIs() {
        assertThat(PartyNames.normalize("CO LTD")).isEqualTo("co ltd");
        assertThat(PartyNames.normalize("株式会社")).isEqualTo("株式会社");
        assertThat(PartyNames.normalize("LTD TRADING")).isEqualTo("ltd trading");
        assertThat(PartyNames.normalize("INCA TRADING")).isEqualTo("inca trading");
    }

    @Test
    void differentCompaniesStayDifferent() {
        assertThat(PartyNames.normalize("MINATO FORWARDING CO., LTD."))
                .isNotEqualTo(PartyNames.normalize("MINATO FORWARDING INC."))
                .isNotEqualTo(PartyNames.normalize("MINATO FORWARDERS CO., LTD."));
        assertThat(PartyNames.normalize("Café Über")).isEqualTo("café über");
    }

    @Test
    void nothingToNormalizeIsEmpty() {
        assertThat(PartyNames.normalize(null)).isEmpty();
        assertThat(PartyNames.normalize("  ")).isEmpty();
        assertThat(PartyNames.normalize("., -")).isEmpty();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "YOKOHAMA        | yokohama",
            "Los Angeles     | losangeles",
            "231-0002        | 2310002",
            "〒２３１－０００２ | 2310002",
            "横浜市           | 横浜市",
            "ｻﾝﾌﾗﾝｼｽｺ        | サンフランシスコ"})
    void addressKeysKeepOnlyLettersAndDigits(String address, String key) {
        assertThat(PartyNames.addressKey(address)).isEqualTo(key);
    }

    @Test
    void candidatesGoFromPostcodeToCityToAnyAddress() {
        PartyReference shipper = new PartyReference("CZ", null, List.of("NIPPON AUTO PARTS K.K."), List.of("5-1 MEIEKI"),
                "NAGOYA", "450-0002", "JP", null);

        assertThat(PartyNames.candidates(shipper)).extracting(NameKey::describe).containsExactly(
                "nippon auto parts co ltd|4500002", "nippon auto parts co ltd|nagoya", "nippon auto parts co ltd|");
    }

    @Test
    void aNameSplitInsideAWordIsAlsoTriedJoined() {
        PartyReference split = new PartyReference("BA", null, List.of("MINATO FORWAR", "DING CO., LTD."), List.of(),
                null, null, null, null);

        assertThat(PartyNames.candidates(split)).extracting(NameKey::describe).containsExactly(
                "minato forwar ding co ltd|", "minato forwarding co ltd|");
    }

    @Test
    void aReferenceWithoutNameHasNoNameCandidates() {
        PartyReference idOnly = new PartyReference("CA", PartyIdentifier.nad("86", "ONEY"), List.of(), List.of(),
                "TOKYO", null, null, null);

        assertThat(PartyNames.candidates(idOnly)).isEmpty();
    }
}
