package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.document.DocumentSamples;
import io.minato.hub.app.document.FieldPaths;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A document as a form and back: the shape and labels come from its definition, the hub's own fields stay. */
class DocumentFormTest {

    private static final DocumentDefinitions DEFINITIONS = DocumentDefinitions.load(DocumentDefinitions.DEFAULT_LOCATION);
    private final ObjectMapper json = new ObjectMapper();
    private final DocumentForm form = new DocumentForm(Locale.JAPANESE);

    @Test
    void offersEveryFieldOfTheDefinitionWithStoredValuesAndRowTemplates() throws Exception {
        JsonNode stored = json.readTree("""
                {"vesselName": "ONE HARMONY", "goods": [{"description": "AUTO PARTS", "packages": 120,
                 "containerNumbers": ["ONEU1234567"]}], "exportControlNumber": "4ABCD1234567"}""");

        List<FormField> fields = form.fields(definition(DocumentType.UL040), stored,
                Map.of("goods[0].packages", "must be positive"));

        FormField vessel = field(fields, "vesselName");
        assertThat(vessel.value()).isEqualTo("ONE HARMONY");
        assertThat(vessel.label()).isEqualTo("本船名");
        assertThat(vessel.required()).isTrue();
        assertThat(vessel.maxLength()).isEqualTo(35);
        assertThat(field(fields, "portOfLoading").placeholder()).as("an open code list's example").isEqualTo("JPYOK");
        assertThat(field(fields, "placeOfDelivery").value()).as("absent from the JSON, offered empty").isEmpty();
        assertThat(field(fields, "estimatedDeparture").kind()).isEqualTo(FormField.Kind.DATE);
        assertThat(field(fields, "exportControlNumber").readOnly()).isTrue();
        assertThat(field(fields, "customs").children()).allMatch(FormField::readOnly);
        FormField shipper = field(fields, "shipper");
        assertThat(shipper.kind()).as("a party").isEqualTo(FormField.Kind.GROUP);
        assertThat(shipper.children()).extracting(FormField::path)
                .containsExactly("shipper.code", "shipper.name", "shipper.address", "shipper.countryCode");
        FormField goods = field(fields, "goods");
        assertThat(goods.kind()).isEqualTo(FormField.Kind.ROWS);
        FormField packages = field(goods.children().get(0).children(), "goods[0].packages");
        assertThat(packages.kind()).isEqualTo(FormField.Kind.NUMBER);
        assertThat(packages.value()).isEqualTo("120");
        assertThat(packages.problem()).isEqualTo("must be positive");
        assertThat(goods.template().path()).isEqualTo("goods[__row0__]");
        FormField containers = field(goods.children().get(0).children(), "goods[0].containerNumbers");
        assertThat(containers.rowPlaceholder()).isEqualTo("__row1__");
        assertThat(containers.children().get(0).path()).isEqualTo("goods[0].containerNumbers[0]");
    }

    @Test
    void offersClosedCodeListsAndYesNoAsChoicesInThePagesLanguage() throws Exception {
        List<FormField> fields = new DocumentForm(Locale.ENGLISH).fields(definition(DocumentType.UL090),
                json.readTree("{\"dangerousGoods\": true}"), Map.of());
        List<FormField> blFields = form.fields(definition(DocumentType.UL150),
                json.readTree("{\"freightTerms\": \"PREPAID\"}"), Map.of());

        FormField dangerous = field(fields, "dangerousGoods");
        assertThat(dangerous.label()).isEqualTo("Dangerous goods");
        assertThat(dangerous.kind()).isEqualTo(FormField.Kind.SELECT);
        assertThat(dangerous.display()).isEqualTo("Yes");
        assertThat(field(fields, "plannedGateIn").kind()).isEqualTo(FormField.Kind.DATETIME);
        FormField freight = field(blFields, "freightTerms");
        assertThat(freight.options()).extracting(FormField.Option::value).containsExactly("PREPAID", "COLLECT");
        assertThat(freight.display()).isEqualTo("PREPAID 運賃前払い");
    }

    @Test
    void readsASubmissionBackAlongTheDefinitionKeepingTheHubsFields() throws Exception {
        JsonNode stored = json.readTree("""
                {"vesselName": "OLD", "exportControlNumber": "4ABCD1234567", "customs": {"status": "PERMITTED"}}""");
        Map<String, String[]> submitted = new LinkedHashMap<>();
        submitted.put("etag", new String[] {"e1"});
        submitted.put("f.vesselName", new String[] {" MINATO PIONEER "});
        submitted.put("f.placeOfDelivery", new String[] {""});
        submitted.put("f.exportControlNumber", new String[] {"FORGED"});
        submitted.put("f.customs.status", new String[] {"FORGED"});
        submitted.put("f.shipper.name", new String[] {"横浜商事株式会社"});
        submitted.put("f.shipper.address[0]", new String[] {"横浜市中区海岸通1-1"});
        submitted.put("f.notifyParty.name", new String[] {""});
        // row 1 was removed in the browser, row 3 added; row 2 left blank
        submitted.put("f.goods[0].packages", new String[] {"1,200"});
        submitted.put("f.goods[0].grossWeightKg", new String[] {"2400.5"});
        submitted.put("f.goods[2].packages", new String[] {""});
        submitted.put("f.goods[3].description", new String[] {"BRAKES"});
        submitted.put("f.goods[3].packages", new String[] {"many"});
        submitted.put("f.goods[3].containerNumbers[0]", new String[] {"ONEU1234567"});
        submitted.put("f.goods[__row0__].description", new String[] {"template, never a row"});

        JsonNode fields = DocumentForm.read(definition(DocumentType.UL040), submitted, stored);

        assertThat(fields.get("vesselName").asText()).isEqualTo("MINATO PIONEER");
        assertThat(fields.has("placeOfDelivery")).isFalse();
        assertThat(fields.get("exportControlNumber").asText()).as("set by the hub, not the form").isEqualTo("4ABCD1234567");
        assertThat(fields.at("/customs/status").asText()).isEqualTo("PERMITTED");
        assertThat(fields.at("/shipper/address/0").asText()).isEqualTo("横浜市中区海岸通1-1");
        assertThat(fields.has("notifyParty")).as("a group left blank is absent").isFalse();
        assertThat(fields.get("goods")).hasSize(2);
        assertThat(fields.at("/goods/0/packages").isNumber()).isTrue();
        assertThat(fields.at("/goods/0/packages").asInt()).isEqualTo(1200);
        assertThat(fields.at("/goods/0/grossWeightKg").decimalValue()).isEqualByComparingTo("2400.5");
        assertThat(fields.at("/goods/1/description").asText()).isEqualTo("BRAKES");
        assertThat(fields.at("/goods/1/packages").asText()).as("left as typed for the validation to name").isEqualTo("many");
        assertThat(fields.at("/goods/1/containerNumbers/0").asText()).isEqualTo("ONEU1234567");
    }

    @Test
    void readsYesNoAsBooleans() {
        Map<String, String[]> submitted = Map.of("f.dangerousGoods", new String[] {"true"},
                "f.tareWeightKg", new String[] {"3800"});

        JsonNode fields = DocumentForm.read(definition(DocumentType.UL090), submitted, null);

        assertThat(fields.get("dangerousGoods").isBoolean()).isTrue();
        assertThat(fields.get("dangerousGoods").asBoolean()).isTrue();
        assertThat(fields.get("tareWeightKg").asInt()).isEqualTo(3800);
    }

    @Test
    void mapsValidationPathsToFormPathsInThePagesLanguage() {
        Map<String, String> problems = DocumentForm.problemsByPath(List.of(
                new ApiException.FieldProblem("fields.goods[0].packages", "is required / 必須項目です"),
                new ApiException.FieldProblem("fields.goods[0].containerNumbers[0].<list element>",
                        "must be an ISO 6346 container number")), Locale.JAPANESE);

        assertThat(problems).containsEntry("goods[0].packages", "必須項目です")
                .containsEntry("goods[0].containerNumbers[0]", "must be an ISO 6346 container number");
    }

    /** UL010, UL040, UL050, UL150, UL290, UL300 and every other type: what the form shows, it saves unchanged. */
    @ParameterizedTest
    @EnumSource(DocumentType.class)
    void aFormOfEveryTypeSubmittedUnchangedReadsBackTheDocument(DocumentType type) {
        JsonNode stored = DocumentSamples.sample(definition(type));
        Map<String, String[]> submitted = new LinkedHashMap<>();
        form.fields(definition(type), stored, Map.of()).forEach(field -> submit(field, submitted));

        JsonNode read = DocumentForm.read(definition(type), submitted, stored);

        assertThat(FieldPaths.diff(stored, read)).as("%s through its form", type).isEmpty();
    }

    /** What a browser posts for a field: its inputs, hub-set ones left out, template rows included. */
    private static void submit(FormField field, Map<String, String[]> submitted) {
        if (field.scalar() && !field.readOnly()) {
            submitted.put(field.name(), new String[] {field.value()});
        }
        field.children().forEach(child -> submit(child, submitted));
        if (field.template() != null) {
            submit(field.template(), submitted);
        }
    }

    private static DocumentDefinition definition(DocumentType type) {
        return DEFINITIONS.definition(type);
    }

    private static FormField field(List<FormField> fields, String path) {
        return fields.stream().filter(f -> f.path().equals(path)).findFirst()
                .orElseThrow(() -> new AssertionError("no field " + path + " in " + fields.stream().map(FormField::path).toList()));
    }
}
