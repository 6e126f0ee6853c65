package io.minato.hub.connectors.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.connectors.naccs.OutputParts.Part;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutputPartsTest {

    private static final byte[] WHOLE = "ABCDE\r\n横浜港\r\n0000012345\r\nXYZ\r\n".getBytes(StandardCharsets.UTF_8);

    @Test
    void splitsBetweenItemsAndJoinsInAnyArrivalOrder() {
        List<byte[]> parts = OutputParts.split(WHOLE, 16);

        assertThat(parts).hasSizeGreaterThan(1).allSatisfy(part -> assertThat(part.length).isLessThanOrEqualTo(16));
        assertThat(new String(parts.get(0), StandardCharsets.UTF_8)).endsWith("\r\n");
        List<Part> arrived = new java.util.ArrayList<>();
        for (int i = parts.size() - 1; i >= 0; i--) {
            arrived.add(new Part(i + 1, i == parts.size() - 1, parts.get(i)));
        }
        assertThat(OutputParts.join(arrived)).hasValue(WHOLE);
    }

    @Test
    void waitsForEveryPartAndCountsADuplicateOnce() {
        List<byte[]> parts = OutputParts.split(WHOLE, 16);
        int n = parts.size();

        assertThat(OutputParts.join(List.of(new Part(n, true, parts.get(n - 1))))).isEmpty();
        assertThat(OutputParts.join(List.of(new Part(1, false, parts.get(0)), new Part(1, false, parts.get(0))))).isEmpty();
        List<Part> all = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            all.add(new Part(i + 1, i == n - 1, parts.get(i)));
        }
        all.add(new Part(1, false, parts.get(0)));
        assertThat(OutputParts.join(all)).hasValue(WHOLE);
    }
}
