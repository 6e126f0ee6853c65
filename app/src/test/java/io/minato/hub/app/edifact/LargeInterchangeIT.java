package io.minato.hub.app.edifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * An interchange larger than the store keeps inline (262 KiB in the test profile) is streamed from
 * the archive twice: validated whole, then applied in batches. Proves both halves: every message
 * applied, and a bad last message rejecting the interchange before any of it is applied.
 */
class LargeInterchangeIT extends HubIntegrationTest {

    private static final int MESSAGES = 1200;

    @Test
    void everyMessageOfALargeInterchangeBecomesItsBookingConfirmation() throws IOException {
        String run = reference("L");
        String interchange = large(run, run + "-", MESSAGES);
        assertThat(interchange.length()).isGreaterThan(262_144);

        JsonNode message = awaitFinished(drop(interchange));

        assertThat(message.get("status").asText()).as(message.path("reason").asText()).isEqualTo("PROCESSED");
        for (int i : new int[] {1, MESSAGES / 2, MESSAGES}) {
            JsonNode deals = http.getForObject("/api/v1/deals?bookingNo=" + run + "-" + i, JsonNode.class);
            assertThat(deals).as("deal of booking %s-%d", run, i).hasSize(1);
        }
    }

    @Test
    void aBadLastMessageRejectsTheLargeInterchangeBeforeAnythingIsApplied() throws IOException {
        String run = reference("M");
        String interchange = large(run, run + "-", MESSAGES);
        // the last message loses its booking number (RFF+BN) and its BGM document number
        int last = interchange.lastIndexOf("UNH+" + MESSAGES + "+");
        String broken = interchange.substring(0, last) + interchange.substring(last)
                .replace("RFF+BN:" + run + "-" + MESSAGES + "'", "RFF+BM:X'")
                .replaceFirst("BGM\\+770\\+[^+']*\\+", "BGM+770++");

        JsonNode message = awaitFinished(drop(broken));

        assertThat(message.get("status").asText()).isEqualTo("REJECTED");
        assertThat(message.get("reason").asText()).contains("message " + MESSAGES).contains("no booking number");
        JsonNode first = http.getForObject("/api/v1/deals?bookingNo=" + run + "-1", JsonNode.class);
        assertThat(first).as("nothing of a rejected interchange is applied").isEmpty();
    }

    /** The IFTMBC test interchange with its one message repeated {@code messages} times. */
    private static String large(String reference, String bookingPrefix, int messages) throws IOException {
        String template = iftmbc(reference, "${BOOKING}");
        String header = template.substring(0, template.indexOf("UNH+"));
        String body = template.substring(template.indexOf("UNH+"), template.indexOf("UNZ+"));
        String unt = body.substring(body.indexOf("UNT+"));
        String untCount = unt.substring(4, unt.indexOf('+', 4));
        StringBuilder out = new StringBuilder(header);
        for (int i = 1; i <= messages; i++) {
            out.append(body.replace("UNH+1+", "UNH+" + i + "+").replace("UNT+" + untCount + "+1'", "UNT+" + untCount + "+" + i + "'")
                    .replace("${BOOKING}", bookingPrefix + i));
        }
        return out.append("UNZ+").append(messages).append('+').append(reference).append("'").toString();
    }
}
