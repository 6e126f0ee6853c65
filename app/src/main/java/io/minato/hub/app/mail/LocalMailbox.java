package io.minato.hub.app.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default profile's mailbox server: SMTP and IMAP on loopback, in memory (mail is gone after a
 * restart). Every recipient gets a mailbox on first mail, logged in to with its address as user name
 * and password, so a newcomer reads invitations with any mail client.
 */
public class LocalMailbox {

    private static final Logger log = LoggerFactory.getLogger(LocalMailbox.class);

    /** A received mail as the operator's mailbox endpoint shows it. */
    public record ReceivedMail(String from, List<String> to, String subject, OffsetDateTime sentAt, String text) {
    }

    private final GreenMail server;

    LocalMailbox(MailSettings.LocalMailbox settings) {
        this.server = new GreenMail(new ServerSetup[] {
                new ServerSetup(settings.smtpPort(), settings.bindAddress(), ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(settings.imapPort(), settings.bindAddress(), ServerSetup.PROTOCOL_IMAP)});
    }

    void start() {
        server.start();
        log.info("local mailbox: SMTP {}:{}, IMAP {}:{} (user and password: the e-mail address)",
                server.getSmtp().getBindTo(), smtpPort(), server.getImap().getBindTo(), imapPort());
    }

    void stop() {
        server.stop();
    }

    /** The bound SMTP port (the configured one, or the free port chosen for 0). */
    public int smtpPort() {
        return server.getSmtp().getPort();
    }

    public int imapPort() {
        return server.getImap().getPort();
    }

    public String host() {
        return server.getSmtp().getBindTo();
    }

    /** The mails delivered to this address, oldest first. */
    public List<ReceivedMail> mailsTo(String address) {
        return server.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(address.strip()), message -> true)
                .map(LocalMailbox::view)
                .toList();
    }

    private static ReceivedMail view(MimeMessage message) {
        try {
            Address[] from = message.getFrom();
            Address[] to = message.getAllRecipients();
            return new ReceivedMail(from == null || from.length == 0 ? null : from[0].toString(),
                    to == null ? List.of() : Arrays.stream(to).map(Address::toString).toList(),
                    message.getSubject(),
                    message.getSentDate() == null ? null
                            : message.getSentDate().toInstant().atZone(ZoneId.systemDefault()).toOffsetDateTime(),
                    MailText.of(message));
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("the local mailbox holds a mail it cannot read back", e);
        }
    }
}
