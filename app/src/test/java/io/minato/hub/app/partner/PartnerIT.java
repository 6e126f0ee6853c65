package io.minato.hub.app.partner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.mappings.partner.ControlNumbers;
import io.minato.hub.mappings.wire.WireDirection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** Partner profiles from config and API, their charset override on inbound, their control numbers. */
class PartnerIT extends HubIntegrationTest {

    @Autowired
    private ControlNumbers controlNumbers;

    @Test
    void partnersFromConfigurationAreRegisteredAtStartUp() {
        JsonNode inttra = http.getForObject("/api/v1/partners/INTTRA", JsonNode.class);

        assertThat(inttra.get("ediId").asText()).isEqualTo("INTTRA");
        assertThat(inttra.get("ediQualifier").asText()).isEqualTo("ZZZ");
        assertThat(inttra.get("acknowledgement").asText()).isEqualTo("CONTRL");
    }

    @Test
    void putCreatesThenReplacesAProfileAndRefusesInvalidOnes() {
        String code = "P" + System.nanoTime() % 1_000_000;
        Map<String, Object> profile = profile(code, "EDI" + code, null);

        assertThat(put(code, profile).getStatusCode()).isEqualTo(HttpStatus.CREATED);
        profile.put("directory", "D16A");
        ResponseEntity<JsonNode> replaced = put(code, profile);
        assertThat(replaced.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(replaced.getBody().get("directory").asText()).isEqualTo("D16A");

        profile.put("charsetOverride", "NO-SUCH-CHARSET");
        ResponseEntity<JsonNode> badCharset = put(code, profile);
        assertThat(badCharset.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badCharset.getBody().get("errors").findValuesAsText("field")).containsExactly("charsetOverride");
        ResponseEntity<JsonNode> otherCode = put("OTHER", profile(code, "X", null));
        assertThat(otherCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(http.getForObject("/api/v1/partners/" + code, JsonNode.class).get("directory").asText())
                .isEqualTo("D16A");
    }

    @Test
    void readsAPartnersBytesInItsOverrideCharsetWhileOthersAreHeldToTheirUnb() throws IOException {
        put("UTF8LINE", profile("UTF8LINE", "UTF8LINE", "UTF-8"));
        String declaredUnoa = iftmbc(reference("U"), "UTF8" + System.nanoTime())
                .replace("UNOC:3+INTTRA:ZZZ", "UNOA:3+UTF8LINE:ZZZ")
                .replace("NIPPON AUTO PARTS K.K.", "日本自動車部品株式会社");

        JsonNode fromProfiledPartner = awaitFinished(drop(declaredUnoa.getBytes(StandardCharsets.UTF_8)));
        JsonNode fromUnknownSender = awaitFinished(drop(declaredUnoa.replace("UTF8LINE:ZZZ", "STRANGER:ZZZ")
                .getBytes(StandardCharsets.UTF_8)));

        assertThat(fromProfiledPartner.get("status").asText()).isEqualTo("PROCESSED");
        JsonNode deal = http.getForObject("/api/v1/deals/" + fromProfiledPartner.get("dealId").asLong(), JsonNode.class);
        assertThat(deal.at("/documents/0/fields/shipper/name").asText()).isEqualTo("日本自動車部品株式会社");
        assertThat(fromUnknownSender.get("status").asText()).isEqualTo("REJECTED");
        assertThat(fromUnknownSender.get("reason").asText()).contains("not valid US-ASCII").contains("byte");
    }

    @Test
    void controlNumbersAreHandedOutOnceEachPerPartnerDirectionAndTestFlag() throws Exception {
        String code = "CN" + System.nanoTime() % 1_000_000;
        put(code, profile(code, "EDI" + code, null));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        List<Future<Long>> numbers = new ArrayList<>();
        Callable<Long> next = () -> controlNumbers.next(code, WireDirection.OUT, false);
        for (int i = 0; i < 200; i++) {
            numbers.add(pool.submit(next));
        }
        List<Long> values = new ArrayList<>();
        for (Future<Long> number : numbers) {
            values.add(number.get());
        }
        pool.shutdown();

        assertThat(values).doesNotHaveDuplicates().hasSize(200);
        assertThat(values).allMatch(value -> value >= 1 && value <= 200);
        assertThat(controlNumbers.next(code, WireDirection.OUT, true)).isEqualTo(1);
        assertThat(controlNumbers.next(code, WireDirection.IN, false)).isEqualTo(1);
        assertThat(controlNumbers.next(code, WireDirection.OUT, false)).isEqualTo(201);
    }

    private ResponseEntity<JsonNode> put(String code, Map<String, Object> profile) {
        return http.exchange("/api/v1/partners/" + code, HttpMethod.PUT, new HttpEntity<>(profile), JsonNode.class);
    }

    private static Map<String, Object> profile(String code, String ediId, String charsetOverride) {
        Map<String, Object> profile = new HashMap<>();
        profile.put("code", code);
        profile.put("name", "Partner " + code);
        profile.put("ediId", ediId);
        profile.put("ediQualifier", "ZZZ");
        profile.put("directory", "D99B");
        profile.put("charsetOverride", charsetOverride);
        profile.put("channel", "FILE");
        profile.put("acknowledgement", "NONE");
        profile.put("test", false);
        return profile;
    }
}
