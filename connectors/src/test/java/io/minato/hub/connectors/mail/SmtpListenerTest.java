package io.minato.hub.connectors.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SmtpListenerTest {

    record Received(String from, List<String> recipients, byte[] rawMime) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private SmtpListener listener;

    @AfterEach
    void stop() {
        if (listener != null) {
            listener.stop();
        }
    }

    @Test
    void handsEachMailToTheHandlerWithEnvelopeAndRawBytes() throws Exception {
        listener = start((from, recipients, raw) -> received.add(new Received(from, recipients, raw)));

        send(listener.port(), "港湾 EDI テスト", "本文 NACCS\r\n", Charset.forName("EUC-JP"));

        await().until(() -> received.size() == 1);
        Received mail = received.get(0);
        assertThat(mail.from()).isEqualTo("naccs@example.jp");
        assertThat(mail.recipients()).containsExactly("hub@example.jp");
        MailBody body = MailBodies.read(mail.rawMime());
        assertThat(body.subject()).isEqualTo("港湾 EDI テスト");
        assertThat(body.declaredCharset()).contains(Charset.forName("EUC-JP"));
        assertThat(new String(body.body(), Charset.forName("EUC-JP"))).isEqualTo("本文 NACCS\r\n");
    }

    @Test
    void answersATemporaryErrorWhenTheHandlerThrowsSoTheSenderRetries() {
        listener = start((from, recipients, raw) -> {
            throw new IllegalStateException("database down");
        });

        assertThatThrownBy(() -> send(listener.port(), "x", "body\r\n", Charset.forName("UTF-8")))
                .isInstanceOf(MessagingException.class)
                .satisfies(e -> assertThat(returnCode(e)).isEqualTo(451));
    }

    @Test
    void answersAPermanentErrorForARejectedMail() {
        listener = start((from, recipients, raw) -> {
            throw new MailRejectedException("not for us");
        });

        assertThatThrownBy(() -> send(listener.port(), "x", "body\r\n", Charset.forName("UTF-8")))
                .satisfies(e -> assertThat(returnCode(e)).isEqualTo(554));
    }

    @Test
    void refusesMailsAboveTheSizeLimit() {
        listener = new SmtpListener("127.0.0.1", 0, 1000, (from, recipients, raw) -> received.add(null));
        listener.start();

        assertThatThrownBy(() -> send(listener.port(), "x", "y".repeat(70).concat("\r\n").repeat(30),
                Charset.forName("UTF-8")))
                .satisfies(e -> assertThat(returnCode(e)).isEqualTo(552));
        assertThat(received).isEmpty();
    }

    private static SmtpListener start(MailHandler handler) {
        SmtpListener listener = new SmtpListener("127.0.0.1", 0, handler);
        listener.start();
        assertThat(listener.port()).isPositive();
        return listener;
    }

    static void send(int port, String subject, String body, Charset charset) throws MessagingException {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", Integer.toString(port));
        MimeMessage mail = new MimeMessage(Session.getInstance(properties));
        mail.setFrom(new InternetAddress("naccs@example.jp"));
        mail.setRecipient(Message.RecipientType.TO, new InternetAddress("hub@example.jp"));
        mail.setSubject(subject, charset.name());
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(body.getBytes(charset),
                "text/plain; charset=" + charset.name())));
        mail.setHeader("Content-Transfer-Encoding", "8bit");
        Transport.send(mail);
    }

    private static int returnCode(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SMTPSendFailedException failed) {
                return failed.getReturnCode();
            }
            if (cause instanceof MessagingException messaging && messaging.getNextException() != null
                    && messaging.getNextException() != cause.getCause()) {
                int code = returnCode(messaging.getNextException());
                if (code > 0) {
                    return code;
                }
            }
        }
        return -1;
    }
}
