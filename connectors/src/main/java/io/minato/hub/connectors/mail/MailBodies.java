package io.minato.hub.connectors.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.ContentType;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeUtility;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;
import java.util.Properties;

/**
 * Reads raw MIME bytes with Jakarta Mail's {@link MimeMessage}: decoded subject, declared charset
 * and transfer-decoded body. NACCS bodies are single part; for a multipart mail the first part is
 * taken, since that is where a gateway would put the message.
 */
public final class MailBodies {

    private static final Session SESSION = Session.getInstance(new Properties());

    private MailBodies() {
    }

    /** @throws MailRejectedException if the bytes are not a readable mail (permanent) */
    public static MailBody read(byte[] rawMime) {
        try {
            MimeMessage message = new MimeMessage(SESSION, new ByteArrayInputStream(rawMime));
            String subject = message.getHeader("Subject", null);
            Part part = firstPart(message);
            try (InputStream in = part.getInputStream()) {
                return new MailBody(subject == null ? "" : MimeUtility.decodeText(subject),
                        charset(part.getContentType()), in.readAllBytes());
            }
        } catch (MessagingException e) {
            throw new MailRejectedException("not a readable mail: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the mail body", e);
        }
    }

    private static Part firstPart(Part part) throws MessagingException, IOException {
        if (part.isMimeType("multipart/*") && part.getContent() instanceof Multipart multipart
                && multipart.getCount() > 0) {
            BodyPart first = multipart.getBodyPart(0);
            return firstPart(first);
        }
        return part;
    }

    private static Optional<Charset> charset(String contentType) throws MessagingException {
        if (contentType == null) {
            return Optional.empty();
        }
        String name = new ContentType(contentType).getParameter("charset");
        if (name == null || name.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Charset.forName(MimeUtility.javaCharset(name)));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new MailRejectedException("unsupported charset " + name, e);
        }
    }
}
