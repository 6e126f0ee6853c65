package io.minato.hub.mappings.document.root;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root document's rule for each shared field of a write, as root.yml states it. */
class RootRulesTest {

    private static final RootPrecedence PRECEDENCE = new RootPrecedence(Map.of(
            "estimatedArrival", List.of(RootSource.COLINS, RootSource.EDIFACT),
            "vesselName", List.of(RootSource.EDIFACT)));
    private static final RootRules RULES = new RootRules(PRECEDENCE);

    @Test
    void aFirstValueBecomesTheRootsWhateverItsSource() {
        List<RootDecision> decisions = RULES.decide(Map.of(), RootSource.USER,
                List.of(new RootOffer("vesselName", text("ONE HARMONY"), null)), true);

        assertThat(decisions).containsExactly(new RootDecision.Set("vesselName", text("ONE HARMONY"), null));
    }

    @Test
    void amongEqualSourcesTheLatestWins() {
        RootEntry user = entry("consignee", text("A"), RootSource.USER);

        List<RootDecision> decisions = RULES.decide(Map.of("consignee", user), RootSource.TRADEWALTZ,
                List.of(new RootOffer("consignee", text("B"), null)), true);

        assertThat(decisions).containsExactly(new RootDecision.Set("consignee", text("B"), user));
    }

    @Test
    void aWeakerSourceLosesAndTheConflictNamesTheValueThatHoldsAndTheRule() {
        RootEntry carrier = entry("vesselName", text("ONE HARMONY"), RootSource.EDIFACT);

        List<RootDecision> decisions = RULES.decide(Map.of("vesselName", carrier), RootSource.USER,
                List.of(new RootOffer("vesselName", text("EVER GIVEN"), text("ONE HARMONY"))), true);

        assertThat(decisions).singleElement().isInstanceOfSatisfying(RootDecision.Conflict.class, conflict -> {
            assertThat(conflict.kept()).isEqualTo(carrier);
            assertThat(conflict.offered()).isEqualTo(text("EVER GIVEN"));
            assertThat(conflict.documentValue()).as("the document keeps the root's").isEqualTo(text("ONE HARMONY"));
            assertThat(conflict.rule()).contains("EDIFACT > その他");
        });
    }

    @Test
    void aStrongerSourceReplacesAWeakerOne() {
        RootEntry carrier = entry("estimatedArrival", text("2026-12-01"), RootSource.EDIFACT);

        List<RootDecision> decisions = RULES.decide(Map.of("estimatedArrival", carrier), RootSource.COLINS,
                List.of(new RootOffer("estimatedArrival", text("2026-12-03"), null)), true);

        assertThat(decisions).containsExactly(new RootDecision.Set("estimatedArrival", text("2026-12-03"), carrier));
    }

    @Test
    void colinsRanksAsListedOnlyWhileTheDealsAutoUpdateIsOn() {
        RootEntry colins = entry("estimatedArrival", text("2026-12-03"), RootSource.COLINS);
        List<RootOffer> carrierSays = List.of(new RootOffer("estimatedArrival", text("2026-12-05"), null));

        assertThat(RULES.decide(Map.of("estimatedArrival", colins), RootSource.EDIFACT, carrierSays, true))
                .singleElement().isInstanceOf(RootDecision.Conflict.class);
        assertThat(RULES.decide(Map.of("estimatedArrival", colins), RootSource.EDIFACT, carrierSays, false))
                .singleElement().isInstanceOf(RootDecision.Set.class);
    }

    @Test
    void aNewDocumentsEmptySharedFieldTakesTheRootsValueButAnEmptiedOneClearsNothing() {
        RootEntry vessel = entry("vesselName", text("ONE HARMONY"), RootSource.EDIFACT);

        assertThat(RULES.decide(Map.of("vesselName", vessel), RootSource.USER,
                List.of(new RootOffer("vesselName", null, null)), true))
                .containsExactly(new RootDecision.Fill("vesselName", vessel));
        assertThat(RULES.decide(Map.of("vesselName", vessel), RootSource.USER,
                List.of(new RootOffer("vesselName", JsonNodeFactory.instance.nullNode(), text("ONE HARMONY"))), true))
                .isEmpty();
    }

    @Test
    void aFieldTheWriteLeavesAsItWasDoesNotFightTheRootAgain() {
        RootEntry colins = entry("estimatedArrival", text("2026-12-03"), RootSource.COLINS);

        assertThat(RULES.decide(Map.of("estimatedArrival", colins), RootSource.USER,
                List.of(new RootOffer("estimatedArrival", text("2026-12-01"), text("2026-12-01"))), true)).isEmpty();
    }

    @Test
    void numbersCompareByValue() {
        RootEntry weight = entry("totalGrossWeightKg", JsonNodeFactory.instance.numberNode(600), RootSource.USER);

        assertThat(RULES.decide(Map.of("totalGrossWeightKg", weight), RootSource.EDIFACT,
                List.of(new RootOffer("totalGrossWeightKg",
                        JsonNodeFactory.instance.numberNode(new java.math.BigDecimal("600.000")), null)), true)).isEmpty();
    }

    private static RootEntry entry(String field, JsonNode value, RootSource source) {
        return new RootEntry(field, value, source, source.englishName(), OffsetDateTime.parse("2026-11-01T09:00:00+09:00"));
    }

    private static JsonNode text(String value) {
        return JsonNodeFactory.instance.textNode(value);
    }
}
