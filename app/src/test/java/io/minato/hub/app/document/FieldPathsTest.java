package io.minato.hub.app.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class FieldPathsTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void flattensObjectsAndListsToTheNamesFieldErrorsUse() throws Exception {
        JsonNode fields = json.readTree("""
                {"shipper": {"name": "横浜商事", "address": ["横浜市"]}, "goods": [{"packages": 120}], "notes": null}
                """);

        assertThat(FieldPaths.flatten(fields)).containsOnlyKeys("shipper.name", "shipper.address[0]",
                "goods[0].packages", "notes");
        assertThat(FieldPaths.flatten(fields).get("goods[0].packages").intValue()).isEqualTo(120);
    }

    @Test
    void diffNamesChangedAddedAndRemovedLeavesButNotTheSameNumberWrittenOtherwise() throws Exception {
        JsonNode before = json.readTree("{\"voyageNo\": \"012E\", \"weight\": 600, \"goods\": [{\"marks\": \"A\"}]}");
        JsonNode after = json.readTree("{\"voyageNo\": \"013E\", \"weight\": 600.0, \"remarks\": \"x\"}");

        assertThat(FieldPaths.diff(before, after)).extracting(FieldPaths.Change::path)
                .containsExactly("voyageNo", "goods[0].marks", "remarks");
        assertThat(FieldPaths.diff(before, after).get(0).after().asText()).isEqualTo("013E");
        assertThat(FieldPaths.diff(before, after).get(1).after().isNull()).isTrue();
    }
}
