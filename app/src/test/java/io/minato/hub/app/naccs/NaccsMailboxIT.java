package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import io.minato.hub.routes.naccs.NaccsMailboxRoute;
import jakarta.mail.Flags;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

/**
 * The optional mailbox reader: NACCS output delivered to an IMAP mailbox (GreenMail, real sockets)
 * takes the same path as output to the SMTP listener: archived raw, correlated, applied. The input
 * goes out through a GreenMail relay that never answers, so the only answer is the one in the mailbox.
 */
class NaccsMailboxIT extends NaccsFixtures {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Autowired
    private CamelContext camel;

    private GreenMail mail;
    private int relayPort;
    private GreenMailUser mailbox;

    @BeforeEach
    void startMailServer() throws Exception {
        relayPort = freeLoopbackPort();
        mail = new GreenMail(new ServerSetup[] {new ServerSetup(relayPort, "127.0.0.1", "smtp"),
                new ServerSetup(MAILBOX_PORT, "127.0.0.1", "imap")});
        mail.start();
        mailbox = mail.setUser("gateway@minato.local", "naccs-mailbox-it", "mailbox-it-password");
        camel.getRouteController().startRoute(NaccsMailboxRoute.ID);
    }

    @AfterEach
    void stopMailServer() throws Exception {
        camel.getRouteController().stopRoute(NaccsMailboxRoute.ID);
        mail.stop();
    }

    @Test
    void appliesAProcessingResultReadFromTheMailboxAndArchivesItRaw() throws Exception {
        String sender = platformUser("mailbox", null);
        String userCode = userCode('M');
        naccsUser(operator(), Map.of("userCode", userCode, "identifier", "Y01", "password", "pw",
                "relayHost", "127.0.0.1", "relayPort", relayPort), List.of(sender));
        long dealId = dealWithShippingInstruction();
        long id = ecrDraft(as(sender), dealId);
        assertThat(send(as(sender), id).getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode sent = await().atMost(PATIENCE).until(() -> submission(id), s -> "SENT".equals(s.get("status").asText()));

        mailbox.deliver(output(userCode, sent.get("handOverInfo").asText(), sent.get("inputIdNumber").asText()));

        JsonNode accepted = await().atMost(PATIENCE).until(() -> submission(id),
                s -> "ACCEPTED".equals(s.get("status").asText()));
        assertThat(accepted.get("resultCodes")).extracting(JsonNode::asText).containsExactly("00000-0000-0000");
        JsonNode inbound = operator().getForObject("/api/v1/deals/" + dealId + "/naccs/messages", JsonNode.class)
                .findParents("direction").stream().filter(m -> "IN".equals(m.get("direction").asText()))
                .findFirst().orElseThrow();
        assertThat(inbound.get("status").asText()).isEqualTo("PROCESSED");
        String raw = as(sender).getForObject("/api/v1/messages/" + inbound.get("id").asLong() + "/raw", String.class);
        assertThat(raw).contains("Subject: *SECR").contains(sent.get("inputIdNumber").asText());
        await().atMost(PATIENCE).until(() -> mail.getReceivedMessagesForDomain("minato.local")[0].getFlags()
                .contains(Flags.Flag.SEEN));
    }

    /** A processing-result notice (normal end) for the input, as NACCS mails it. */
    private static MimeMessage output(String userCode, String handOverInfo, String inputIdNumber) throws Exception {
        NaccsMessage notice = new NaccsMessage(new OutputCommonPart("ECR", "*SECR", LocalDateTime.now(), userCode, "",
                "", handOverInfo, 1, true, MessageKind.R, inputIdNumber, "", DestinationType.Q, 0),
                new ProcessingResult(List.of(ResultCode.NORMAL_END), List.of()).toBusinessPart(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        MimeMessage message = new MimeMessage(Session.getInstance(new Properties()));
        message.setFrom(new InternetAddress("naccs@naccs-simulator.local"));
        message.setRecipient(jakarta.mail.Message.RecipientType.TO, new InternetAddress("gateway@minato.local"));
        message.setSubject("*SECR");
        message.setText(new String(notice.toBytes(), StandardCharsets.UTF_8), "UTF-8");
        message.saveChanges();
        return message;
    }
}
