package io.minato.hub.app.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.party.PartySeed.SeededName;
import io.minato.hub.app.party.PartySeed.SeededParty;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.DealParticipants;
import io.minato.hub.mappings.party.PartyDirectory;
import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.party.ResolvedParticipant;
import io.minato.hub.mappings.party.ResolvedParty;
import io.minato.hub.mappings.party.UnknownPartyException;
import io.minato.hub.mappings.support.EdiPosition;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The party table against PostgreSQL: resolution by identifier and by normalized name, the
 * explained failure for an unknown party and its fix through the API, the seed, and idempotent
 * deal participants.
 */
class PartyTableIT extends HubIntegrationTest {

    @Autowired
    private org.springframework.jdbc.core.JdbcTemplate jdbc;


    @Autowired
    private PartyDirectory directory;
    @Autowired
    private DealParticipants participants;
    @Autowired
    private WireMessageStore wireMessages;
    @Autowired
    private PartyMapper mapper;
    @Autowired
    private PartyRegister register;

    @Test
    void partiesOfTheTestInterchangesAreSeededAndResolveByTheirIdentifiers() {
        ResolvedParty carrier = directory.require(nad("CA", PartyIdentifier.nad("86", "ONEY"), "OCEAN NETWORK EXPRESS", null));
        ResolvedParty sender = directory.require(PartyReference.unbSender("INTTRA", "ZZZ", EdiPosition.segment(1, "UNB")));
        ResolvedParty bookingParty = directory.require(nad("BA", PartyIdentifier.nad("ZZZ", "MINATOFWD"),
                "MINATO FORWARDING CO., LTD.", "YOKOHAMA"));
        ResolvedParty shipper = directory.require(new PartyReference("CZ", null, List.of("NIPPON AUTO PARTS K.K."),
                List.of("5-1 MEIEKI", "NAKAMURA-KU"), "NAGOYA", "450-0002", "JP", null));
        ResolvedParty japaneseShipper = directory.require(nad("CZ", null, "横浜商事株式会社", "横浜市"));

        assertThat(carrier.code()).isEqualTo("ONEY");
        assertThat(carrier.name()).isEqualTo("OCEAN NETWORK EXPRESS PTE. LTD.");
        assertThat(carrier.matchedBy()).isEqualTo("NAD:86=ONEY");
        assertThat(sender.code()).isEqualTo("INTTRA");
        assertThat(bookingParty.code()).isEqualTo("MINATOFWD");
        assertThat(shipper.code()).isEqualTo("NIPPONAUTO");
        assertThat(shipper.matchedBy()).isEqualTo("name nippon auto parts co ltd|nagoya");
        assertThat(japaneseShipper.code()).isEqualTo("YOKOHAMASHOJI");
        JsonNode seeded = http.getForObject("/api/v1/parties/MINATOFWD", JsonNode.class);
        assertThat(seeded.get("businessTypes").toString()).contains("FORWARDER", "NVOCC", "CUSTOMS_BROKER");
        assertThat(seeded.at("/identifiers/0/scheme").asText()).isEqualTo("NAD:ZZZ");
        assertThat(seeded.at("/names/0/nameKey").asText()).isEqualTo("minato forwarding co ltd");
        assertThat(seeded.at("/names/0/addressKey").asText()).isEqualTo("yokohama");
    }

    @Test
    void resolvesByNormalizedNameAcrossWidthsAndLegalFormSpellingsButNotInAnotherCity() {
        String n = unique();
        String code = "SAKURA" + n;
        putParty(code, Map.of("name", "サクラ物流株式会社", "businessTypes", List.of("TRUCKER")));
        assertThat(putName(code, "ｻｸﾗ物流" + n + "(株)", "東京都").getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(putName(code, "SAKURA LOGISTICS " + n + " CO., LTD.", "TOKYO").getStatusCode()).isEqualTo(HttpStatus.CREATED);

        ResolvedParty fullWidth = directory.require(nad("CZ", null, "株式会社　サクラ物流" + toFullWidth(n), "東京都"));
        ResolvedParty coLtd = directory.require(new PartyReference("CZ", PartyIdentifier.nad("ZZZ", "NOT-REGISTERED" + n),
                List.of("Sakura Logistics " + n + " Co Ltd"), List.of(), "Tokyo", "100-0005", "JP", null));

        assertThat(fullWidth.code()).isEqualTo(code);
        assertThat(fullWidth.matchedBy()).isEqualTo("name サクラ物流" + n + " co ltd|東京都");
        assertThat(coLtd.code()).isEqualTo(code);
        assertThat(coLtd.matchedBy()).isEqualTo("name sakura logistics " + n + " co ltd|tokyo");
        PartyReference inOsaka = nad("CZ", null, "SAKURA LOGISTICS " + n + " CO LTD", "OSAKA");
        assertThat(directory.resolve(inOsaka)).isEmpty();

        // another party registered under the same name for anywhere: the more specific key still wins
        putParty("ELSE" + n, Map.of("name", "Sakura Logistics Anywhere"));
        assertThat(putName("ELSE" + n, "SAKURA LOGISTICS " + n + " KK", null).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(directory.require(inOsaka).code()).isEqualTo("ELSE" + n);
        assertThat(directory.require(nad("CZ", null, "SAKURA LOGISTICS " + n + " CO LTD", "TOKYO")).code()).isEqualTo(code);
    }

    @Test
    void anUnknownPartyIsAnExplainedPermanentErrorThatTheApiFixes() {
        String n = unique();
        PartyReference acme = new PartyReference("CZ", PartyIdentifier.nad("ZZZ", "ACME" + n), List.of("ACME TRADING " + n),
                List.of("1-1 MARUNOUCHI"), "TOKYO", null, "JP", EdiPosition.segment(19, "NAD").withReferences("IC" + n, "1"));

        UnknownPartyException unknown = catchThrowableOfType(UnknownPartyException.class, () -> directory.require(acme));

        assertThat(unknown.isTransient()).isFalse();
        assertThat(unknown.role()).isEqualTo("CZ");
        assertThat(unknown.getMessage()).contains("segment NAD #19", "NAD+CZ 'ACME TRADING " + n + "'",
                "no party with NAD:ZZZ=ACME" + n, "'acme trading " + n + "|tokyo'",
                "PUT /api/v1/parties/{code}/identifiers/NAD:ZZZ/ACME" + n);

        String code = "ACME" + n;
        assertThat(putParty(code, Map.of("name", "ACME TRADING " + n, "businessTypes", List.of("SHIPPER"))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        assertThat(directory.resolve(acme)).isEmpty();
        assertThat(putIdentifier(code, "NAD:ZZZ", "ACME" + n).getStatusCode()).isEqualTo(HttpStatus.CREATED);

        assertThat(directory.require(acme).code()).isEqualTo(code);
        assertThat(directory.require(acme).matchedBy()).isEqualTo("NAD:ZZZ=ACME" + n);
    }

    @Test
    void apiUpsertsPartiesAndKeepsEachIdentifierAndNameOnOneParty() {
        String n = unique();
        String code = "P" + n;
        String other = "Q" + n;

        assertThat(putParty(code, Map.of("name", "First " + n, "businessTypes", List.of("SHIPPER"))).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        ResponseEntity<JsonNode> replaced = putParty(code, Map.of("name", "Second " + n,
                "businessTypes", List.of("FORWARDER", "CUSTOMS_BROKER")));
        putParty(other, Map.of("name", "Other " + n));
        ResponseEntity<JsonNode> added = putIdentifier(code, "NACCS", "X" + n);
        ResponseEntity<JsonNode> again = putIdentifier(code, "NACCS", "X" + n);
        ResponseEntity<JsonNode> stolen = putIdentifier(other, "NACCS", "X" + n);
        ResponseEntity<JsonNode> nameStolen = putName(other, "Second " + n, null);

        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getBody().get("name").asText()).isEqualTo("Second " + n);
        assertThat(replaced.getBody().get("businessTypes").toString()).isEqualTo("[\"FORWARDER\",\"CUSTOMS_BROKER\"]");
        assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(again.getBody().get("identifiers")).hasSize(1);
        assertThat(stolen.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(stolen.getBody().get("detail").asText()).contains("NACCS=X" + n, "already belongs to party " + code);
        assertThat(nameStolen.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        assertThat(putName(code, "second " + n, "").getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(http.getForObject("/api/v1/parties?q={q}", JsonNode.class, "X" + n).findValuesAsText("code"))
                .containsExactly(code);
        assertThat(http.getForObject("/api/v1/parties?q={q}&businessType=CUSTOMS_BROKER", JsonNode.class, "second " + n)
                .findValuesAsText("code")).containsExactly(code);
        assertThat(http.getForObject("/api/v1/parties?q={q}&businessType=SHIPPER", JsonNode.class, "second " + n))
                .isEmpty();

        assertThat(delete("/api/v1/parties/{code}/identifiers/{scheme}/{value}", code, "NACCS", "X" + n).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(delete("/api/v1/parties/{code}/identifiers/{scheme}/{value}", code, "NACCS", "X" + n).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(directory.resolve(new PartyReference("CZ", new PartyIdentifier("NACCS", "X" + n), List.of(), List.of(),
                null, null, null, null))).isEmpty();
        assertThat(delete("/api/v1/parties/{code}/names?name={name}", other, "SECOND " + n + ".").getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        assertThat(http.getForObject("/api/v1/parties/" + other, JsonNode.class).get("names")).isEmpty();
    }

    @Test
    void apiRefusesInvalidPartiesIdentifiersAndUnknownCodes() {
        String n = unique();

        ResponseEntity<JsonNode> badType = putParty("B" + n, Map.of("name", "Bad", "businessTypes", List.of("PIRATE")));
        ResponseEntity<JsonNode> noName = putParty("B" + n, Map.of("businessTypes", List.of()));
        ResponseEntity<JsonNode> badCode = putParty("lower" + n, Map.of("name", "Bad"));
        putParty("B" + n, Map.of("name", "Good"));
        ResponseEntity<JsonNode> badScheme = putIdentifier("B" + n, "nad:86", "X");
        ResponseEntity<JsonNode> emptyName = putName("B" + n, "., -", null);
        ResponseEntity<JsonNode> noParty = putIdentifier("NOPE" + n, "SCAC", "X");

        assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badType.getBody().get("errors").findValuesAsText("field")).containsExactly("businessTypes[0]");
        assertThat(noName.getBody().get("errors").findValuesAsText("field")).containsExactly("name");
        assertThat(badCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badScheme.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(emptyName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(noParty.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(noParty.getBody().get("detail").asText()).contains("PUT /api/v1/parties/NOPE" + n);
    }

    @Test
    void theSeedCreatesAbsentPartiesOnceAndNeverOverwritesApiEdits() {
        String n = unique();
        String code = "SEED" + n;
        PartySeed seed = new PartySeed(List.of(new SeededParty(code, "Seeded " + n, List.of(BusinessType.WAREHOUSE),
                List.of(new PartyIdentifier("SCAC", "S" + n)), List.of(new SeededName("Seeded " + n + " K.K.", "KOBE")))));
        PartySeeder seeder = new PartySeeder(seed, mapper, register);

        seeder.run(null);
        putParty(code, Map.of("name", "Edited " + n));
        delete("/api/v1/parties/{code}/identifiers/{scheme}/{value}", code, "SCAC", "S" + n);
        seeder.run(null);

        JsonNode party = http.getForObject("/api/v1/parties/" + code, JsonNode.class);
        assertThat(party.get("name").asText()).isEqualTo("Edited " + n);
        assertThat(party.get("identifiers")).isEmpty();
        assertThat(party.at("/names/0/nameKey").asText()).isEqualTo("seeded " + n + " co ltd");
        assertThat(party.at("/names/0/address").asText()).isEqualTo("KOBE");
    }

    @Test
    void participantsAreAddedOnceEvenWhenTheSameMessageIsProcessedAgainConcurrently() throws Exception {
        String n = unique();
        long dealId = http.postForObject("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "PT" + n, "carrierCode", "ONEY"), JsonNode.class).get("id").asLong();
        long first = archive("first " + n);
        long second = archive("second " + n);
        ResolvedParty carrier = directory.require(nad("CA", PartyIdentifier.nad("86", "ONEY"), null, null));
        ResolvedParty forwarder = directory.require(nad("BA", PartyIdentifier.nad("ZZZ", "MINATOFWD"), null, null));
        List<ResolvedParticipant> named = List.of(new ResolvedParticipant("CA", carrier),
                new ResolvedParticipant("BA", forwarder), new ResolvedParticipant("FW", forwarder));

        participants.addParticipants(dealId, named, first);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<?>> repeats = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            repeats.add(pool.submit(() -> participants.addParticipants(dealId, named, second)));
        }
        for (Future<?> repeat : repeats) {
            repeat.get();
        }
        pool.shutdown();

        JsonNode listed = http.getForObject("/api/v1/deals/{id}/participants", JsonNode.class, dealId);
        assertThat(listed).hasSize(2);
        assertThat(listed.findValuesAsText("company")).containsExactlyInAnyOrder("ONEY", "MINATOFWD");
        JsonNode forwarderRow = listed.get(0).get("company").asText().equals("MINATOFWD") ? listed.get(0) : listed.get(1);
        assertThat(forwarderRow.get("roles")).extracting(JsonNode::asText).containsExactly("BA", "FW");
        // the first message named them; the eight repeats added nothing
        assertThat(participantSources(dealId)).containsOnly(first);
        assertThat(http.getForEntity("/api/v1/deals/{id}/participants", JsonNode.class, Long.MAX_VALUE).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private List<Long> participantSources(long dealId) {
        return jdbc.queryForList("select source_message_id from deal_participants where deal_id = ?", Long.class, dealId);
    }

    private static PartyReference nad(String role, PartyIdentifier identifier, String name, String city) {
        return new PartyReference(role, identifier, name == null ? List.of() : List.of(name), List.of(), city, null, null,
                null);
    }

    private long archive(String text) {
        return wireMessages.archive(new NewWireMessage(Channel.EDIFACT_FILE, WireDirection.IN, "INTTRA", "application/edifact",
                null, text.getBytes(StandardCharsets.US_ASCII), Map.of()));
    }

    private ResponseEntity<JsonNode> putParty(String code, Map<String, Object> body) {
        return http.exchange("/api/v1/parties/{code}", HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class, code);
    }

    private ResponseEntity<JsonNode> putIdentifier(String code, String scheme, String value) {
        return http.exchange("/api/v1/parties/{code}/identifiers/{scheme}/{value}", HttpMethod.PUT, null, JsonNode.class,
                code, scheme, value);
    }

    private ResponseEntity<JsonNode> putName(String code, String name, String address) {
        Map<String, String> body = new HashMap<>();
        body.put("name", name);
        body.put("address", address);
        return http.exchange("/api/v1/parties/{code}/names", HttpMethod.PUT, new HttpEntity<>(body), JsonNode.class, code);
    }

    private ResponseEntity<JsonNode> delete(String url, Object... variables) {
        return http.exchange(url, HttpMethod.DELETE, null, JsonNode.class, variables);
    }

    private static String unique() {
        return Long.toString(System.nanoTime() % 1_000_000_000L);
    }

    private static String toFullWidth(String digits) {
        StringBuilder wide = new StringBuilder();
        digits.chars().forEach(c -> wide.append((char) (c - '0' + '０')));
        return wide.toString();
    }
}
