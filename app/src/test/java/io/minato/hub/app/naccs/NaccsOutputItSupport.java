package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.sim.NaccsSimulator;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import io.minato.hub.routes.naccs.NaccsInboundRoute;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What the NACCS output ITs share: a deal with an S/I, ECR through the hub, inputs sent to the
 * simulator over SMTP the way the hub's outbound route sends them (for businesses the hub cannot
 * build yet: EDA, inquiries), and mails sent straight to the hub's listener (NACCS sending what
 * nobody asked for). The simulator's behaviour is set per test and restored after.
 */
abstract class NaccsOutputItSupport extends NaccsFixtures {

    static final Duration PATIENCE = Duration.ofSeconds(60);
    /** The hub's NACCS user in application.yml; the simulator knows it. */
    static final String USER_CODE = "MNT01";

    private static final NaccsLayouts INPUT_LAYOUTS = NaccsLayouts.at("classpath:naccs/layouts");

    @Autowired
    NaccsSimulator simulator;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;
    @Value("${minato.naccs.listener.port}")
    int listenerPort;

    private Behaviour before;
    long dealId;

    @BeforeEach
    void createDeal() {
        before = simulator.behaviour();
        dealId = http.postForObject("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", "N" + System.nanoTime(), "carrierCode", "ONEY"),
                JsonNode.class).get("id").asLong();
    }

    @AfterEach
    void restoreSimulator() {
        simulator.behave(before);
    }

    long createShippingInstruction(ObjectNode request) {
        ResponseEntity<JsonNode> created = http.postForEntity("/api/v1/deals/" + dealId + "/documents", request,
                JsonNode.class);
        assertThat(created.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return created.getBody().get("id").asLong();
    }

    ObjectNode sample() throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/api/shipping-instruction.json")) {
            return (ObjectNode) json.readTree(in);
        }
    }

    /** ECR through the hub's API (draft, then send as the operator); answers the accepted submission with its export control number. */
    JsonNode registerEcr() {
        long id = ecrDraft(operator(), dealId);
        assertThat(send(operator(), id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return await().atMost(PATIENCE).until(() -> submission(id),
                s -> s.hasNonNull("exportControlNumber") && "ACCEPTED".equals(s.get("status").asText()));
    }

    /** A business run through the hub: the draft as prefilled, and the submission once NACCS answered. */
    record Run(long id, JsonNode draft, JsonNode submission) {

        JsonNode item(String key) {
            return draftItem(draft, key);
        }
    }

    /**
     * Drafts {@code businessCode} on the deal as the operator, applies {@code edits} (null clears an
     * item), gives every mandatory item the prefill left empty a placeholder (the approximated
     * layouts ask for items the test does not care about), sends it as MNT01Y01 and waits for the
     * processing result.
     */
    Run draftAndSend(String businessCode, Map<String, String> edits) {
        ResponseEntity<JsonNode> drafted = operator().postForEntity("/api/v1/deals/" + dealId + "/naccs/" + businessCode,
                null, JsonNode.class);
        assertThat(drafted.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode draft = drafted.getBody();
        long id = draft.get("id").asLong();
        Map<String, String> changes = new HashMap<>(edits);
        for (JsonNode item : draft.get("items")) {
            String key = item.get("key").asText();
            boolean firstOccurrence = !key.contains("[") || key.endsWith("[1]");
            if (item.get("mandatory").asBoolean() && firstOccurrence && !item.get("filled").asBoolean()
                    && !changes.containsKey(key)) {
                changes.put(key, "1");
            }
        }
        if (!changes.isEmpty()) {
            HttpHeaders headers = new HttpHeaders();
            headers.setIfMatch(drafted.getHeaders().getETag());
            ResponseEntity<JsonNode> edited = operator().exchange("/api/v1/naccs/submissions/" + id, HttpMethod.PATCH,
                    new HttpEntity<>(Map.of("items", changes), headers), JsonNode.class);
            assertThat(edited.getStatusCode()).as("%s", edited.getBody()).isEqualTo(HttpStatus.OK);
        }
        ResponseEntity<JsonNode> sent = send(operator(), id);
        assertThat(sent.getStatusCode()).as("%s", sent.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode answered = await().atMost(PATIENCE).until(() -> submission(id),
                s -> List.of("ACCEPTED", "REJECTED").contains(s.get("status").asText()));
        return new Run(id, draft, answered);
    }

    /**
     * A submission as the hub records one it sends (the outbound route for EDA and inquiries is
     * another change's): the echo the simulator will answer with.
     */
    long recordSubmission(long documentId, String businessCode, String handOverInfo, String inputIdNumber) {
        return jdbc.queryForObject("insert into naccs_submissions (deal_id, source_document_id, business_code,"
                + " naccs_user_id, hand_over_info, input_id_number, status) values (?, ?, ?, ?, ?, ?, 'SENT')"
                + " returning id", Long.class, dealId, documentId, businessCode, USER_CODE + "Y01", handOverInfo,
                inputIdNumber);
    }

    static String inputIdNumber() {
        return String.format("%010d", System.nanoTime() % 10_000_000_000L);
    }

    /**
     * An input for the hub's NACCS user; mandatory items the test does not care about get a
     * placeholder, so the test still holds once the official layouts replace the test ones.
     */
    static byte[] input(String businessCode, String handOverInfo, String inputIdNumber, Map<String, String> values) {
        return input(businessCode, handOverInfo, inputIdNumber, values, Set.of());
    }

    /** An input with placeholders in every mandatory item but {@code empty}, which stay blank. */
    static byte[] inputLeavingEmpty(String businessCode, String handOverInfo, String inputIdNumber, String... empty) {
        return input(businessCode, handOverInfo, inputIdNumber, Map.of(), Set.of(empty));
    }

    private static byte[] input(String businessCode, String handOverInfo, String inputIdNumber,
                                Map<String, String> values, Set<String> empty) {
        NaccsLayout layout = INPUT_LAYOUTS.find(businessCode)
                .orElseThrow(() -> new AssertionError("no layout " + businessCode));
        Map<String, String> filled = new HashMap<>(values);
        for (LayoutItem item : layout.items()) {
            String key = item.repeats() ? NaccsLayout.key(item.name(), 1) : item.name();
            if (item.mandatory() && !empty.contains(item.name()) && !filled.containsKey(key)
                    && !filled.containsKey(item.name())) {
                filled.put(key, item.type() == LayoutItem.Type.NUMERIC ? "1" : "X");
            }
        }
        InputCommonPart common = new InputCommonPart(businessCode, USER_CODE, "Y01", "simpass1", handOverInfo,
                inputIdNumber, "", InputCommonPart.SEA);
        return new NaccsMessage(common, layout.encode(filled, StandardCharsets.UTF_8), StandardCharsets.UTF_8).toBytes();
    }

    void sendToSimulator(byte[] message) throws MessagingException {
        mail(simulator.port(), message);
    }

    void sendToHub(byte[] message) throws MessagingException {
        mail(listenerPort, message);
    }

    /** Sends raw MIME as it was archived (a mail NACCS delivers twice). */
    void resendRawToHub(byte[] rawMime) throws MessagingException {
        Session session = session(listenerPort);
        MimeMessage mail = new MimeMessage(session, new java.io.ByteArrayInputStream(rawMime));
        Transport.send(mail);
    }

    private static void mail(int port, byte[] message) throws MessagingException {
        MimeMessage mail = new MimeMessage(session(port));
        mail.setFrom(new InternetAddress("it@minato.local"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("naccs@naccs-simulator.local"));
        mail.setSubject("NACCS");
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(message, "text/plain; charset=UTF-8")));
        mail.setHeader("Content-Transfer-Encoding", "8bit");
        Transport.send(mail);
    }

    private static Session session(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        return Session.getInstance(properties);
    }

    /** The inbound queue gets the mail again, as after a crash between applying and acknowledging. */
    void redeliver(long wireMessageId) {
        producer.sendBody(NaccsInboundRoute.ENQUEUE_ENDPOINT, Long.toString(wireMessageId));
    }

    JsonNode dealOutputs() {
        return operator().getForObject("/api/v1/deals/" + dealId + "/naccs/outputs", JsonNode.class);
    }

    List<JsonNode> dealOutputs(String outputInfoCode) {
        return StreamSupport.stream(dealOutputs().spliterator(), false)
                .filter(o -> outputInfoCode.equals(o.get("outputInfoCode").asText())).toList();
    }

    JsonNode customs() {
        return operator().getForObject("/api/v1/deals/" + dealId + "/naccs/customs", JsonNode.class);
    }

    Optional<JsonNode> customsField(String subject, String field) {
        return StreamSupport.stream(customs().spliterator(), false)
                .filter(row -> subject.equals(row.get("subject").asText()) && field.equals(row.get("field").asText()))
                .findFirst();
    }

    List<JsonNode> timeline() {
        return StreamSupport.stream(http.getForObject("/api/v1/deals/" + dealId + "/events", JsonNode.class)
                .spliterator(), false).toList();
    }
}
