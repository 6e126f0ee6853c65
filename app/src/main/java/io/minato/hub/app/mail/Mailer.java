package io.minato.hub.app.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * Sends a plain-text mail to a person over SMTP, in UTF-8 (subject RFC 2047-encoded): Japanese and
 * English texts travel as they are, which ISO-2022-JP could not promise for every name.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final JavaMailSender sender;
    private final MailSettings settings;

    Mailer(JavaMailSender sender, MailSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    /**
     * @throws MailException when the SMTP server cannot be reached or refuses the mail; callers decide
     *                       whether that undoes what the mail was about
     */
    public void send(String to, String subject, String text) {
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(settings.from());
            helper.setTo(to);
            helper.setSubject(subject);
            helper.setText(text);
        } catch (MessagingException e) {
            throw new MailPreparationException("cannot address a mail to " + to, e);
        }
        sender.send(message);
        log.info("mail '{}' sent to {}", subject, to);
    }
}
