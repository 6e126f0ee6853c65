package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.minato.hub.app.mail.LocalMailbox;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the hub's mails back from its local mailbox, as a newcomer would: over IMAP, or through the mailbox bean. */
public final class InvitationMails {

    /** The mailed link: {@code <base-url>/invitation?token=<43 characters>}. */
    public static final Pattern LINK = Pattern.compile("(https?://\\S+)/invitation\\?token=([A-Za-z0-9_-]{43})");

    /** One mail as a client reads it. */
    public record Mail(String subject, String text) {
    }

    private InvitationMails() {
    }

    /** The mails in the address's INBOX, read over IMAP with the address as user name and password. */
    public static List<Mail> imap(LocalMailbox mailbox, String address) throws MessagingException, IOException {
        Session session = Session.getInstance(new Properties());
        try (Store store = session.getStore("imap")) {
            store.connect(mailbox.host(), mailbox.imapPort(), address, address);
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            try {
                List<Mail> mails = new java.util.ArrayList<>();
                for (Message message : inbox.getMessages()) {
                    mails.add(new Mail(message.getSubject(), text(message.getContent())));
                }
                return mails;
            } finally {
                inbox.close(false);
            }
        }
    }

    /** Waits for the address's {@code count}-th mail (1-based) through the mailbox bean and answers its text. */
    public static String awaitMail(LocalMailbox mailbox, String address, int count) {
        List<LocalMailbox.ReceivedMail> mails = await().atMost(Duration.ofSeconds(10))
                .until(() -> mailbox.mailsTo(address), list -> list.size() >= count);
        return mails.get(count - 1).text();
    }

    /** The token of the link in a mail's text. */
    public static String token(String text) {
        Matcher matcher = LINK.matcher(text);
        assertThat(matcher.find()).as("an invitation link in: %s", text).isTrue();
        return matcher.group(2);
    }

    /** Waits for the address's {@code count}-th mail and answers the token of its link. */
    public static String awaitToken(LocalMailbox mailbox, String address, int count) {
        return token(awaitMail(mailbox, address, count));
    }

    private static String text(Object content) throws MessagingException, IOException {
        if (content instanceof String text) {
            return text;
        }
        if (content instanceof Multipart multipart) {
            return text(multipart.getBodyPart(0).getContent());
        }
        throw new IllegalStateException("unexpected mail content " + content.getClass());
    }
}
