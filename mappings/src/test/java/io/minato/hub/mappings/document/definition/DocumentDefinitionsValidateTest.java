package io.minato.hub.mappings.document.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.mappings.document.DocumentType;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A document's JSON fields against its definition: every problem, each with its path. */
class DocumentDefinitionsValidateTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static DocumentDefinitions definitions;

    @BeforeAll
    static void load() {
        definitions = new DefinitionFiles().typeWithFields(DocumentType.UL020, """
                  - {name: requestNo, ja: 依頼番号, en: Request number, type: text, maxLength: 10, required: true}
                  - {name: vesselName, shared: vesselName}
                  - {name: portOfLoading, shared: portOfLoading, required: true}
                  - {name: status, ja: 状態, en: Status, type: code, values: [DRAFT, FINAL]}
                  - {name: weightKg, ja: 重量, en: Weight, type: number, scale: 3, min: 0.001, max: 99999}
                  - {name: packages, ja: 個数, en: Packages, type: number, scale: 0}
                  - {name: readyOn, ja: 準備完了日, en: Ready on, type: date}
                  - {name: gateInAt, ja: 搬入日時, en: Gate in, type: datetime}
                  - {name: dangerous, ja: 危険品, en: Dangerous, type: boolean}
                  - {name: shipper, ja: 荷主, en: Shipper, type: party}
                  - name: containers
                    ja: コンテナ
                    en: Containers
                    type: repeat
                    minOccurs: 1
                    maxOccurs: 2
                    fields:
                      - {name: containerNo, shared: containerNos, required: true}
                      - {name: seals, ja: シール, en: Seals, type: repeat, maxOccurs: 2, item: {type: text, maxLength: 5}}
                """).load();
    }

    @Test
    void acceptsAValidDocument() throws Exception {
        assertThat(problems("""
                {"requestNo": "R-1", "vesselName": "ONE HARMONY", "portOfLoading": "JPYOK", "status": "DRAFT",
                 "weightKg": 1200.125, "packages": 30, "readyOn": "2026-12-05", "gateInAt": "2026-12-05T17:00",
                 "dangerous": false, "shipper": {"name": "横浜商事", "address": ["横浜市中区"], "countryCode": "JP"},
                 "containers": [{"containerNo": "ONEU1234567", "seals": ["S1"]}]}""")).isEmpty();
    }

    @Test
    void namesEveryProblemWithItsPath() throws Exception {
        List<FieldProblem> problems = problems("""
                {"requestNo": "R-0123456789", "portOfLoading": "YOKOHAMA", "status": "SENT", "weightKg": 1.0005,
                 "packages": 2.5, "readyOn": "05.12.2026", "gateInAt": "2026-12-05", "dangerous": "yes",
                 "shipper": {"address": ["1", "2", "3", "4", "5", "6"]}, "colour": "red",
                 "containers": [{"containerNo": "ONEU12", "seals": ["TOOLONG", ""]}, {}, {"containerNo": "ONEU1234567"}]}""");

        assertThat(problems).extracting(FieldProblem::path).containsExactlyInAnyOrder(
                "colour", "requestNo", "portOfLoading", "status", "weightKg", "packages", "readyOn", "gateInAt",
                "dangerous", "shipper.name", "shipper.address", "containers", "containers[0].containerNo",
                "containers[0].seals[0]", "containers[0].seals[1]", "containers[1].containerNo");
        assertThat(message(problems, "requestNo")).isEqualTo("is 12 characters long, at most 10 allowed"
                + " / 10 文字以内で入力してください (12 文字)");
        assertThat(message(problems, "portOfLoading")).startsWith("'YOKOHAMA' is not a valid UN/LOCODE, e.g. JPYOK");
        assertThat(message(problems, "status")).startsWith("'SENT' is not one of [DRAFT, FINAL]");
        assertThat(message(problems, "weightKg")).startsWith("has more than 3 decimal places");
        assertThat(message(problems, "packages")).startsWith("must be a whole number");
        assertThat(message(problems, "readyOn")).startsWith("must be a date like 2026-12-05");
        assertThat(message(problems, "gateInAt")).startsWith("must be a local date and time");
        assertThat(message(problems, "dangerous")).startsWith("must be true or false");
        assertThat(message(problems, "shipper.name")).isEqualTo("is required / 必須項目です");
        assertThat(message(problems, "shipper.address")).startsWith("has 6 rows, at most 5 allowed");
        assertThat(message(problems, "containers")).startsWith("has 3 rows, at most 2 allowed");
        assertThat(message(problems, "containers[0].seals[1]")).startsWith("is empty");
        assertThat(message(problems, "colour")).startsWith("is not a field of this document type");
    }

    @Test
    void namesMissingRequiredFieldsAndTooFewRows() throws Exception {
        List<FieldProblem> problems = problems("""
                {"requestNo": "  ", "weightKg": 0, "containers": []}""");

        assertThat(problems).extracting(FieldProblem::path, FieldProblem::message).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("requestNo", "is required / 必須項目です"),
                org.assertj.core.groups.Tuple.tuple("portOfLoading", "is required / 必須項目です"),
                org.assertj.core.groups.Tuple.tuple("weightKg", "must be at least 0.001 / 0.001 以上で指定してください"),
                org.assertj.core.groups.Tuple.tuple("containers", "has 0 rows, at least 1 needed / 1 行以上必要です (0 行)"));
    }

    @Test
    void refusesFieldsThatAreNotAnObject() throws Exception {
        assertThat(problems("[1, 2]")).extracting(FieldProblem::path).containsExactly("");
    }

    private static List<FieldProblem> problems(String json) throws Exception {
        JsonNode fields = JSON.readTree(json);
        return definitions.validate(DocumentType.UL020, fields);
    }

    private static String message(List<FieldProblem> problems, String path) {
        return problems.stream().filter(p -> p.path().equals(path)).map(FieldProblem::message).findFirst()
                .orElseThrow(() -> new AssertionError("no problem at " + path + " in " + problems));
    }
}
