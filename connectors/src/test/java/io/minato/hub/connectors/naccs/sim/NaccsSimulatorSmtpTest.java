package io.minato.hub.connectors.naccs.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.mail.SmtpListener;
import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.ItemPosition;
import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import io.minato.hub.connectors.naccs.OutputParts;
import io.minato.hub.connectors.naccs.sim.NaccsSimulatorSettings.Behaviour;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub side (an {@link SmtpListener}) and the simulator talking over real SMTP sockets. */
class NaccsSimulatorSmtpTest {

    static final Path LAYOUTS = Path.of("../config/naccs/layouts");
    static final NaccsLayout ECR = NaccsLayout.fromFile(LAYOUTS.resolve("ECR.layout"));

    /** What the hub received, parsed. */
    record Output(OutputCommonPart common, byte[] businessPart, Charset charset, String subject, String headers) {
    }

    final List<Output> outputs = new CopyOnWriteArrayList<>();
    private SmtpListener hub;
    NaccsSimulator simulator;

    @BeforeEach
    void start() {
        hub = new SmtpListener("127.0.0.1", 0, (from, recipients, raw) -> {
            MailBody mail = MailBodies.read(raw);
            Charset charset = mail.charsetOr(StandardCharsets.UTF_8);
            NaccsMessage message = NaccsMessage.parseOutput(mail.body(), charset);
            outputs.add(new Output((OutputCommonPart) message.commonPart(), message.businessPart(), charset,
                    mail.subject(), new String(raw, StandardCharsets.ISO_8859_1).split("\r\n\r\n", 2)[0]));
        });
        hub.start();
        simulator = new NaccsSimulator(new NaccsSimulatorSettings("127.0.0.1", 0, "127.0.0.1", hub.port(),
                "naccs-in@hub.example.jp", "naccs@sim.example.jp", Map.of("ABCDEY01", "secret01", "ABCDEX01", "secret01"),
                LAYOUTS.toString()));
        simulator.start();
    }

    @AfterEach
    void stop() {
        simulator.stop();
        hub.stop();
    }

    @Test
    void registersEcrAndAssignsAnExportControlNumber() throws Exception {
        send(ecr("HUB-ECR-0001", "secret01", ecrValues()), StandardCharsets.UTF_8);

        List<Output> answers = awaitOutputs("HUB-ECR-0001", 2);
        Output notice = only(answers, "*SECR");
        Output registered = only(answers, NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE);
        ProcessingResult result = ProcessingResult.parse(notice.businessPart(), notice.charset());
        assertThat(result.codes()).containsExactly(ResultCode.NORMAL_END);
        String exportControlNumber = result.businessKeys().get(0);
        assertThat(exportControlNumber).matches("\\d{11}");
        assertThat(notice.common()).satisfies(common -> {
            assertThat(common.businessCode()).isEqualTo("ECR");
            assertThat(common.messageKind()).isEqualTo(MessageKind.R);
            assertThat(common.destinationType()).isEqualTo(DestinationType.Q);
            assertThat(common.lastPart()).isTrue();
            assertThat(common.inputIdNumber()).isEqualTo("0000000007");
            assertThat(common.indexHandOverInfo()).isEqualTo("deal=42");
            assertThat(common.subject()).isEqualTo(exportControlNumber);
        });
        assertThat(notice.headers()).contains("Content-Transfer-Encoding: 8bit", "charset=UTF-8");
        assertThat(notice.subject()).isEqualTo("*SECR " + exportControlNumber);
        assertThat(registered.common().handOverInfo()).isEqualTo("HUB-ECR-0001");
        assertThat(registered.common().subject()).startsWith(exportControlNumber + " ");
        Map<String, String> values = NaccsLayout.fromFile(LAYOUTS.resolve("SAE0010.layout"))
                .decode(registered.businessPart(), registered.charset());
        assertThat(values).containsEntry("exportControlNumber", exportControlNumber)
                .containsEntry("bookingNumber", "BKG0012345");
    }

    @Test
    void answersInTheCharsetOfTheInputMail() throws Exception {
        Charset eucJp = Charset.forName("EUC-JP");
        Map<String, String> values = ecrValues();
        values.put("exporterName", "港湾物流商事株式会社");

        send(ecr("HUB-ECR-EUC", "secret01", values, eucJp), eucJp);

        Output notice = only(awaitOutputs("HUB-ECR-EUC", 2), "*SECR");
        assertThat(notice.charset()).isEqualTo(eucJp);
        assertThat(ProcessingResult.parse(notice.businessPart(), eucJp).isNormalEnd()).isTrue();
    }

    @Test
    void rejectsAWrongPasswordWithA0004() throws Exception {
        send(ecr("HUB-ECR-BADPW", "wrong!!!", ecrValues()), StandardCharsets.UTF_8);

        Output notice = awaitOutputs("HUB-ECR-BADPW", 1).get(0);
        assertThat(notice.common().outputInfoCode()).isEqualTo("*AECR");
        assertThat(codes(notice)).containsExactly("A0004-0000-0000");
    }

    @Test
    void namesEachMissingMandatoryItemWithAnEClassCode() throws Exception {
        Map<String, String> values = ecrValues();
        values.remove("bondedAreaCode");
        values.remove("vesselName");

        send(ecr("HUB-ECR-MISSING", "secret01", values), StandardCharsets.UTF_8);

        Output notice = awaitOutputs("HUB-ECR-MISSING", 1).get(0);
        assertThat(codes(notice)).containsExactly("E0001-BDCD-0000", "E0001-VSNM-0000");
        assertThat(notice.common().inputIdNumber()).isEqualTo("0000000007");
    }

    @Test
    void rejectsAnUnknownBusinessCodeWithA0001() throws Exception {
        InputCommonPart common = new InputCommonPart("QQQ", "ABCDE", "Y01", "secret01", "HUB-QQQ", "1", "", "2");

        send(new NaccsMessage(common, new byte[0], StandardCharsets.UTF_8).toBytes(), StandardCharsets.UTF_8);

        assertThat(codes(awaitOutputs("HUB-QQQ", 1).get(0))).containsExactly("A0001-0000-0000");
    }

    @Test
    void theSenderSeesAnSmtpErrorWhenTheHubCannotTakeTheMail() {
        SmtpListener failing = new SmtpListener("127.0.0.1", 0, (from, recipients, raw) -> {
            throw new IllegalStateException("archive unavailable");
        });
        failing.start();
        try {
            assertThatThrownBy(() -> send(failing.port(), "x".getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                    .isInstanceOf(MessagingException.class)
                    .hasMessageContaining("451");
        } finally {
            failing.stop();
        }
    }

    @Test
    void rejectsAnIdentifierNotMadeForSmtpTwoWayWithA0005() throws Exception {
        InputCommonPart common = new InputCommonPart("ECR", "ABCDE", "X01", "secret01", "HUB-ECR-X01", "1", "", "2");

        send(new NaccsMessage(common, ECR.encode(ecrValues(), StandardCharsets.UTF_8), StandardCharsets.UTF_8).toBytes(),
                StandardCharsets.UTF_8);

        assertThat(codes(awaitOutputs("HUB-ECR-X01", 1).get(0))).containsExactly("A0005-0000-0000");
    }

    @Test
    void splitsALargeOutputIntoNumberedPartsThatJoinBackAndCanSendThemLastFirst() throws Exception {
        simulator.behave(new Behaviour(Duration.ZERO, null, 40, true, Set.of()));

        send(ecr("HUB-ECR-SPLIT", "secret01", ecrValues()), StandardCharsets.UTF_8);

        List<Output> parts = await().atMost(Duration.ofSeconds(10)).until(
                () -> matching("HUB-ECR-SPLIT").stream().filter(o -> o.common().outputInfoCode()
                        .equals(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE)).toList(),
                found -> found.stream().anyMatch(o -> o.common().splitSeq() == 1));
        assertThat(parts).hasSizeGreaterThan(2);
        assertThat(parts.get(0).common().lastPart()).isTrue();
        assertThat(parts.get(0).common().splitSeq()).isEqualTo(parts.size());
        assertThat(parts).allSatisfy(part -> assertThat(OutputParts.isPart(part.common())).isTrue());
        byte[] joined = OutputParts.join(parts.stream().map(p -> new OutputParts.Part(p.common().splitSeq(),
                p.common().lastPart(), p.businessPart())).toList()).orElseThrow();
        assertThat(NaccsLayout.fromFile(LAYOUTS.resolve("SAE0010.layout")).decode(joined, StandardCharsets.UTF_8))
                .containsEntry("bookingNumber", "BKG0012345");
    }

    @Test
    void declaresAndPermitsLaterToTheDeclarantThenAnswersInquiriesFromItsState() throws Exception {
        simulator.behave(new Behaviour(Duration.ZERO, Duration.ofMillis(300), 0, false, Set.of()));
        send(ecr("HUB-ECR-ST", "secret01", ecrValues()), StandardCharsets.UTF_8);
        String exportControlNumber = ProcessingResult.parse(only(awaitOutputs("HUB-ECR-ST", 2), "*SECR").businessPart(),
                StandardCharsets.UTF_8).businessKeys().get(0);

        send(input("EDA", "HUB-EDA-ST", Map.of("exportControlNumber", exportControlNumber,
                "exporterName", "MINATO TRADING")), StandardCharsets.UTF_8);

        List<Output> declared = awaitOutputs("HUB-EDA-ST", 3);
        String declarationNumber = ProcessingResult.parse(only(declared, "*SEDA").businessPart(),
                StandardCharsets.UTF_8).businessKeys().get(0);
        assertThat(only(declared, NaccsSimulator.DECLARATION_ACCEPTED_OUTPUT_CODE).common().subject())
                .startsWith(declarationNumber);
        Output permit = only(declared, NaccsSimulator.PERMIT_OUTPUT_CODE);
        assertThat(permit.common().destinationType()).isEqualTo(DestinationType.Z);
        assertThat(values(permit)).containsEntry("declarationStatus", "PERMITTED");

        send(input("IEX", "HUB-IEX-ST", Map.of("declarationNumber", declarationNumber)), StandardCharsets.UTF_8);
        send(input("ICG", "HUB-ICG-ST", Map.of("exportControlNumber", exportControlNumber)), StandardCharsets.UTF_8);
        send(input("ICN", "HUB-ICN-ST", Map.of("containerNumber", "MSCU1234565")), StandardCharsets.UTF_8);
        send(input("ICG", "HUB-ICG-NONE", Map.of("exportControlNumber", "99999999999")), StandardCharsets.UTF_8);

        assertThat(values(only(awaitOutputs("HUB-IEX-ST", 2), NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE)))
                .containsEntry("declarationStatus", "PERMITTED").containsKey("statusAt");
        assertThat(values(only(awaitOutputs("HUB-ICG-ST", 2), NaccsSimulator.CARGO_INQUIRY_OUTPUT_CODE)))
                .containsEntry("cargoStatus", "PERMITTED").containsEntry("containerNumber[1]", "MSCU1234565");
        assertThat(values(only(awaitOutputs("HUB-ICN-ST", 2), NaccsSimulator.CONTAINER_INQUIRY_OUTPUT_CODE)))
                .containsEntry("exportControlNumber", exportControlNumber);
        assertThat(codes(awaitOutputs("HUB-ICG-NONE", 1).get(0))).containsExactly("E0002-ECNO-0000");
    }

    @Test
    void holdsConfiguredOutputsListsThemWithSygRefAndDeliversThemOnSygWithTheirCode() throws Exception {
        simulator.behave(new Behaviour(Duration.ZERO, null, 0, false, Set.of(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE)));
        send(ecr("HUB-ECR-HOLD", "secret01", ecrValues()), StandardCharsets.UTF_8);
        awaitOutputs("HUB-ECR-HOLD", 1);
        assertThat(simulator.heldOutputs("ABCDE")).containsEntry(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE, 1);

        send(input("SYG", "HUB-SYG-REF", Map.of("outputInformationCode", "REF")), StandardCharsets.UTF_8);
        Map<String, String> listed = values(only(awaitOutputs("HUB-SYG-REF", 2), NaccsSimulator.PENDING_LIST_OUTPUT_CODE));
        assertThat(listed).containsEntry("pendingKinds", "1")
                .containsEntry("outputInfoCode[1]", NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE)
                .containsEntry("pendingCount[1]", "1");

        send(input("SYG", "HUB-SYG-GET", Map.of("outputInformationCode", NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE)),
                StandardCharsets.UTF_8);
        awaitOutputs("HUB-SYG-GET", 1);
        assertThat(awaitOutputs("HUB-ECR-HOLD", 2)).extracting(o -> o.common().outputInfoCode())
                .contains(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE);
        assertThat(simulator.heldOutputs("ABCDE")).isEmpty();
    }

    @Test
    void holdsWhatItCannotDeliverForSygInsteadOfDroppingIt() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort(); // nobody listens there once closed: the hub is down
        }
        try (NaccsSimulator unreachable = new NaccsSimulator(new NaccsSimulatorSettings("127.0.0.1", 0, "127.0.0.1",
                closedPort, "naccs-in@hub.example.jp", "naccs@sim.example.jp", Map.of("ABCDEY01", "secret01"),
                LAYOUTS.toString()))) {
            unreachable.start();

            send(unreachable.port(), ecr("HUB-ECR-DOWN", "secret01", ecrValues()), StandardCharsets.UTF_8);

            // three attempts, 2 s and 4 s apart, then kept for SYG
            await().atMost(Duration.ofSeconds(20)).until(() -> unreachable.heldOutputs("ABCDE")
                    .equals(Map.of("*SECR", 1, NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE, 1)));
        }
    }

    static Map<String, String> values(Output output) {
        return NaccsLayout.fromFile(LAYOUTS.resolve(output.common().outputInfoCode().strip() + ".layout"))
                .decode(output.businessPart(), output.charset());
    }

    static byte[] input(String businessCode, String handOver, Map<String, String> values) {
        NaccsLayout layout = NaccsLayout.fromFile(LAYOUTS.resolve(businessCode + ".layout"));
        Map<String, String> filled = new HashMap<>(values);
        // mandatory items the test does not care about get a placeholder the simulator accepts
        for (ItemPosition missing : layout.missingMandatory(filled)) {
            LayoutItem item = layout.items().stream().filter(i -> i.name().equals(missing.item())).findFirst().orElseThrow();
            filled.put(missing.repeat() == 0 ? item.name() : NaccsLayout.key(item.name(), missing.repeat()),
                    item.type() == LayoutItem.Type.NUMERIC ? "1" : "X");
        }
        InputCommonPart common = new InputCommonPart(businessCode, "ABCDE", "Y01", "secret01", handOver, "0000000008",
                "", InputCommonPart.SEA);
        return new NaccsMessage(common, layout.encode(filled, StandardCharsets.UTF_8), StandardCharsets.UTF_8).toBytes();
    }

    static Map<String, String> ecrValues() {
        Map<String, String> values = new HashMap<>();
        values.put("bondedAreaCode", "1AW01");
        values.put("exporterName", "MINATO TRADING CO LTD");
        values.put("bookingNumber", "BKG0012345");
        values.put("vesselName", "EVER OCEAN");
        values.put("departureDate", "20250410");
        values.put("portOfLoading", "JPTYO");
        values.put("portOfDischarge", "SGSIN");
        values.put("totalPackages", "120");
        values.put("packageUnit", "CT");
        values.put("totalGrossWeight", "2450.5");
        values.put("weightUnit", "KGM");
        values.put("goodsDescription", "AUTO PARTS");
        values.put("containerNumber[1]", "MSCU1234565");
        values.put("inHouseReference", "FWD-2025-0001");
        return values;
    }

    static byte[] ecr(String handOver, String password, Map<String, String> values) {
        return ecr(handOver, password, values, StandardCharsets.UTF_8);
    }

    private static byte[] ecr(String handOver, String password, Map<String, String> values, Charset charset) {
        InputCommonPart common = new InputCommonPart("ECR", "ABCDE", "Y01", password, handOver, "0000000007",
                "deal=42", InputCommonPart.SEA);
        return new NaccsMessage(common, ECR.encode(values, charset), charset).toBytes();
    }

    void send(byte[] message, Charset charset) throws MessagingException {
        send(simulator.port(), message, charset);
    }

    private static void send(int port, byte[] message, Charset charset) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("gateway@hub.example.jp"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("naccs@sim.example.jp"));
        mail.setSubject("NACCS input");
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(message, "text/plain; charset=" + charset.name())));
        mail.setHeader("Content-Transfer-Encoding", "8bit");
        Transport.send(mail);
    }

    List<Output> awaitOutputs(String handOver, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> matching(handOver).size() >= count);
        return matching(handOver);
    }

    List<Output> matching(String handOver) {
        return outputs.stream().filter(output -> output.common().handOverInfo().equals(handOver)).toList();
    }

    static Output only(List<Output> outputs, String outputInfoCode) {
        return outputs.stream().filter(output -> output.common().outputInfoCode().equals(outputInfoCode))
                .findFirst().orElseThrow(() -> new AssertionError("no output " + outputInfoCode + " in " + outputs));
    }

    static List<String> codes(Output notice) {
        return ProcessingResult.parse(notice.businessPart(), notice.charset()).codes().stream()
                .map(ResultCode::toString).toList();
    }
}
