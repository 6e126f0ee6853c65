package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.minato.hub.connectors.naccs.NaccsBusiness.Kind;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class NaccsBusinessRegistryTest {

    static final Path REGISTRY = Path.of("../config/naccs/businesses.yml");

    private static final String HEADER = "source: test\ncount: 2\nbusinesses:\n";

    @Test
    void shipsTheEightyTwoLinkedCodesAndTheGatewaysOwn() {
        NaccsBusinessRegistry registry = NaccsBusinessRegistry.load(REGISTRY.toString());

        assertThat(registry.linked()).hasSize(82).extracting(NaccsBusiness::code).doesNotHaveDuplicates()
                .startsWith("BKC", "BKR", "BKC11").endsWith("ACL11", "ECR", "ICG");
        assertThat(registry.all()).filteredOn(business -> !business.linked())
                .extracting(NaccsBusiness::code, NaccsBusiness::kind)
                .containsExactly(tuple("SYG", Kind.SYSTEM), tuple("TCC", Kind.SYSTEM));
        assertThat(registry.find("ECR  ")).get().satisfies(ecr -> {
            assertThat(ecr.japaneseName()).isEqualTo("輸出貨物情報登録");
            assertThat(ecr.englishName()).isEqualTo("Export cargo information registration");
            assertThat(ecr.feeds()).containsExactly("UL040");
        });
    }

    @Test
    void classifiesTheCodesByWhatTheyDo() {
        NaccsBusinessRegistry registry = NaccsBusinessRegistry.load(REGISTRY.toString());

        assertThat(registry.find("ECR11")).get().extracting(NaccsBusiness::kind, NaccsBusiness::callsUp)
                .containsExactly(Kind.CALL_UP, "ECR");
        assertThat(registry.find("EDB")).get().extracting(NaccsBusiness::kind, NaccsBusiness::callsUp)
                .containsExactly(Kind.CALL_UP, "EDA");
        assertThat(registry.find("EDA").orElseThrow().kind()).isEqualTo(Kind.REGISTRATION);
        assertThat(registry.find("EDC").orElseThrow().kind()).isEqualTo(Kind.DECLARATION);
        assertThat(registry.find("BIF").orElseThrow().kind()).isEqualTo(Kind.CHANGE);
        assertThat(registry.find("RSS01").orElseThrow().kind()).isEqualTo(Kind.OTHER);
        // every call-up is named 呼出し and every inquiry 照会: the kinds follow the Japanese names
        assertThat(registry.linked()).allSatisfy(business -> {
            assertThat(business.kind() == Kind.CALL_UP).as(business.code())
                    .isEqualTo(business.japaneseName().contains("呼出し"));
            assertThat(business.kind() == Kind.INQUIRY).as(business.code())
                    .isEqualTo(business.japaneseName().contains("照会"));
        });
        assertThat(registry.linked()).filteredOn(business -> business.kind() == Kind.INQUIRY)
                .hasSize(21).allSatisfy(business -> assertThat(business.code()).startsWith("I"));
    }

    @Test
    void statesWhichBusinessesShipALayout() {
        NaccsBusinessRegistry registry = NaccsBusinessRegistry.load(REGISTRY.toString());

        assertThat(registry.withLayout()).extracting(NaccsBusiness::code).containsExactlyInAnyOrder(
                "ECR", "ECR11", "EDA", "EDC", "BKR", "VAN", "VAE", "IDA", "IDC", "OLA", "OLC", "CYA", "CYO", "ICG",
                "ICN", "IEX", "IID", "IVK", "IAL", "SYG", "TCC");
    }

    @Test
    void reportsEveryBrokenEntryWithItsLine() {
        String text = HEADER + """
                  - {code: ECR, ja: 輸出貨物情報登録, en: Export cargo, kind: REGISTRATION, feeds: [UL040], layout: true}
                  - {code: ECR, ja: 重複, en: Duplicate, kind: REGISTRATION, feeds: [], layout: false}
                  - {code: ECR11, ja: 呼出し, en: Call-up, kind: REGISTRATION, feeds: [S/I], layout: false}
                  - {code: ECX12, ja: 呼出し, en: Call-up, kind: CALL_UP, calls: NOPE, feeds: [], layout: false}
                  - {code: ecr, ja: x, en: x, kind: INQUIRY, feeds: [], layout: false}
                  - {code: IVK, ja: '', en: Vessel code inquiry, kind: INQUIRY, feeds: []}
                gateway:
                  - {code: TCC, ja: 接続確認, en: Connection test, kind: INQUIRY, feeds: [], layout: true}
                """;

        assertThatThrownBy(() -> NaccsBusinessRegistry.parse("businesses.yml", text))
                .isInstanceOfSatisfying(InvalidNaccsConfigurationException.class, e ->
                        assertThat(e.problems()).extracting(NaccsConfigurationProblem::describe).containsExactly(
                                "businesses.yml line 5: ECR is listed twice (first on line 4)",
                                "businesses.yml line 6: ECR11: codes ending in 11 or 12 are call-ups (kind CALL_UP),"
                                        + " not REGISTRATION",
                                "businesses.yml line 6: ECR11: feeds lists 'S/I', not a document type code like UL040",
                                "businesses.yml line 8: code 'ecr' is not a business code (3 letters, optionally 2"
                                        + " digits)",
                                "businesses.yml line 9: IVK: needs a Japanese (ja) and an English (en) name",
                                "businesses.yml line 9: IVK: say whether a layout ships (layout: true or false)",
                                "businesses.yml line 11: TCC: the gateway section holds kind SYSTEM only",
                                "businesses.yml line 7: ECX12: calls NOPE, which is not a registered business other"
                                        + " than a call-up",
                                "businesses.yml line 2: count says 2 linked codes but businesses lists 6"))
                .hasMessageStartingWith("9 problems in the NACCS layouts or business registry:\n"
                        + "  businesses.yml line 2: count says 2");
    }

    @Test
    void reportsAnUnknownKindOrKeyWithItsLine() {
        String badKind = HEADER + "  - {code: ECR, ja: 登録, en: Registration, kind: REGISTER, feeds: [], layout: true}\n";
        String badKey = HEADER + "  - {code: ECR, ja: 登録, en: Registration, kind: REGISTRATION, layouts: true}\n";

        assertThatThrownBy(() -> NaccsBusinessRegistry.parse("b.yml", badKind))
                .hasMessageContaining("b.yml line 4: Cannot deserialize value of type")
                .hasMessageContaining("\"REGISTER\"");
        assertThatThrownBy(() -> NaccsBusinessRegistry.parse("b.yml", badKey))
                .hasMessageContaining("b.yml line 4: Unrecognized field \"layouts\"");
        assertThatThrownBy(() -> NaccsBusinessRegistry.parse("b.yml", "count: 0\nbusiness: []\n"))
                .hasMessageContaining("b.yml line 2: unknown key 'business' (expected source, count, businesses,"
                        + " gateway)");
        assertThatThrownBy(() -> NaccsBusinessRegistry.load("/nonexistent/businesses.yml"))
                .hasMessageContaining("/nonexistent/businesses.yml: no NACCS business registry file");
    }
}
