package io.minato.hub.app.mail;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Mail the hub sends to people (invitations, suspension notices).
 *
 * @param host           the SMTP server mail leaves through (when the local mailbox is off)
 * @param port           its port
 * @param from           the sender, e.g. {@code "Minato Hub <no-reply@example.jp>"}
 * @param username       SMTP login, empty for none
 * @param passwordSecret the name of the secret {@code minato.secrets.<name>} holding the SMTP password
 * @param starttls       require STARTTLS (a production relay); the local mailbox speaks plain SMTP
 * @param localMailbox   the development mailbox the default profile runs
 */
@Validated
@ConfigurationProperties("minato.mail")
public record MailSettings(@NotBlank String host, @PositiveOrZero int port, @NotBlank String from, String username,
                           String passwordSecret, boolean starttls, @Valid @NotNull LocalMailbox localMailbox) {

    /**
     * A mail server inside the hub (GreenMail) that accepts mail for any address and serves it over
     * IMAP, login and password both the address. When it runs, the hub's mail goes to it instead of
     * {@code host:port}. Port 0 binds a free port (tests).
     */
    public record LocalMailbox(boolean enabled, @NotBlank String bindAddress, @PositiveOrZero int smtpPort,
                               @PositiveOrZero int imapPort) {
    }
}
