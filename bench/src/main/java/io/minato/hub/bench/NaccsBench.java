package io.minato.hub.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputParts;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * NACCS: the codec alone (input ECR encode + parse + item decode, output parse + decode, split +
 * join), in messages/s on one thread; then, against a running hub with its embedded simulator
 * (the README's run command), the latency of S/I → ECR → processing result → export control number
 * on the S/I, per deal, as a user sees it through the API.
 *
 * <pre>mvn -pl bench exec:java -Dexec.mainClass=io.minato.hub.bench.NaccsBench -Dexec.args="--count 100000 --deals 50"</pre>
 * {@code --deals 0} skips the hub part; {@code --hub http://localhost:8080}; {@code --login
 * operator:operator-dev-password} the platform user that drafts and sends (the default runtime's seed).
 */
public final class NaccsBench {

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private String authorization;

    private NaccsBench() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        NaccsBench bench = new NaccsBench();
        bench.codec(options.getInt("--count", 100_000));
        int deals = options.getInt("--deals", 50);
        if (deals > 0) {
            bench.authorization = options.authorization();
            bench.latency(options.get("--hub", "http://localhost:8080"), deals);
        }
    }

    private void codec(int count) {
        NaccsLayouts layouts = NaccsLayouts.at(NaccsLayouts.DEFAULT_LOCATION);
        NaccsLayout ecr = layouts.find("ECR").orElseThrow();
        NaccsLayout sae = layouts.find("SAE0010").orElseThrow();
        Map<String, String> values = new HashMap<>(Map.of("bondedAreaCode", "1AW01", "exporterName", "横浜商事株式会社",
                "bookingNumber", "ONEYTYOA12345600", "vesselName", "ONE HARMONY", "departureDate", "20260410",
                "portOfLoading", "JPYOK", "portOfDischarge", "USLGB", "totalPackages", "120", "packageUnit", "CT",
                "totalGrossWeight", "2450.5"));
        values.put("weightUnit", "KGM");
        values.put("goodsDescription", "AUTO PARTS");
        values.put("containerNumber[1]", "MSCU1234565");
        InputCommonPart input = new InputCommonPart("ECR", "MNT01", "Y01", "simpass1", "MINATO-0000000001",
                "0000000001", "", InputCommonPart.SEA);
        byte[] ecrBytes = new NaccsMessage(input, ecr.encode(values, StandardCharsets.UTF_8), StandardCharsets.UTF_8)
                .toBytes();
        OutputCommonPart output = new OutputCommonPart("ECR", "SAE0010", LocalDateTime.now().withNano(0), "MNT01", "",
                "20260000001", "MINATO-0000000001", 1, true, OutputCommonPart.MessageKind.C, "0000000001", "",
                OutputCommonPart.DestinationType.Q, 0);
        byte[] saeBytes = new NaccsMessage(output, sae.encode(Map.of("exportControlNumber", "20260000001",
                "registeredAt", "20260410120000"), StandardCharsets.UTF_8), StandardCharsets.UTF_8).toBytes();
        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            boolean report = round == 1;
            long started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                new NaccsMessage(input, ecr.encode(values, StandardCharsets.UTF_8), StandardCharsets.UTF_8).toBytes();
            }
            print(report, "ECR input encode (" + ecrBytes.length + " bytes)", count, started);
            started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                NaccsMessage parsed = NaccsMessage.parseInput(ecrBytes, StandardCharsets.UTF_8);
                ecr.decode(parsed.businessPart(), StandardCharsets.UTF_8);
            }
            print(report, "ECR input parse + decode", count, started);
            started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                NaccsMessage parsed = NaccsMessage.parseOutput(saeBytes, StandardCharsets.UTF_8);
                sae.decode(parsed.businessPart(), StandardCharsets.UTF_8);
            }
            print(report, "SAE0010 output parse + decode (" + saeBytes.length + " bytes)", count, started);
            byte[] business = NaccsMessage.parseInput(ecrBytes, StandardCharsets.UTF_8).businessPart();
            started = System.nanoTime();
            for (int i = 0; i < count; i++) {
                List<byte[]> parts = OutputParts.split(business, 200);
                List<OutputParts.Part> arrived = new ArrayList<>();
                for (int p = parts.size() - 1; p >= 0; p--) {
                    arrived.add(new OutputParts.Part(p + 1, p == parts.size() - 1, parts.get(p)));
                }
                OutputParts.join(arrived).orElseThrow();
            }
            print(report, "split into " + OutputParts.split(business, 200).size() + " parts + join", count, started);
        }
    }

    private static void print(boolean report, String what, int count, long started) {
        if (report) {
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("%-48s %,10.0f messages/s (%.2f µs each)%n", what, count / seconds, seconds * 1e6 / count);
        }
    }


    /** Per deal: POST deal, POST S/I, draft ECR and send it, then poll until the S/I carries the export control number. */
    private void latency(String hub, int deals) throws Exception {
        ObjectNode shippingInstruction;
        try (InputStream in = NaccsBench.class.getResourceAsStream("/naccs-shipping-instruction.json")) {
            shippingInstruction = (ObjectNode) json.readTree(in);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < deals + 1; i++) {
            long dealId = post(hub, "/api/v1/deals", json.writeValueAsString(Map.of("direction", "EXPORT",
                    "bookingNo", "NB" + System.nanoTime(), "carrierCode", "ONEY"))).get("id").asLong();
            long documentId = post(hub, "/api/v1/deals/" + dealId + "/documents", shippingInstruction.toString())
                    .get("id").asLong();
            long started = System.nanoTime();
            long draftId = post(hub, "/api/v1/deals/" + dealId + "/naccs/ECR", "").get("id").asLong();
            post(hub, "/api/v1/naccs/submissions/" + draftId + "/send", "");
            while (!get(hub, "/api/v1/deals/" + dealId + "/documents/" + documentId).path("fields")
                    .hasNonNull("exportControlNumber")) {
                if (System.nanoTime() - started > 120_000_000_000L) {
                    throw new IllegalStateException("deal " + dealId + ": no export control number after 120 s");
                }
                Thread.sleep(5); // polling is how a client sees it; 5 ms is the resolution
            }
            if (i > 0) { // the first pays for class loading and JIT in the hub
                millis.add((System.nanoTime() - started) / 1e6);
            }
        }
        Collections.sort(millis);
        System.out.printf("S/I → ECR → result → document, %d deals: min %.0f ms, median %.0f ms, p95 %.0f ms, max %.0f ms%n",
                millis.size(), millis.get(0), millis.get(millis.size() / 2),
                millis.get((int) Math.ceil(millis.size() * 0.95) - 1), millis.get(millis.size() - 1));
    }

    private JsonNode post(String hub, String path, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(hub + path))
                .header("Content-Type", "application/json")
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IllegalStateException("POST " + path + ": " + response.statusCode() + " " + response.body());
        }
        return json.readTree(response.body());
    }

    private JsonNode get(String hub, String path) throws Exception {
        return json.readTree(http.send(HttpRequest.newBuilder(URI.create(hub + path))
                        .header("Authorization", authorization).build(),
                HttpResponse.BodyHandlers.ofString()).body());
    }
}
