package io.minato.hub.routes.naccs;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * How the hub talks to NACCS by SMTP two-way (SMTP双方向).
 *
 * @param charset   body charset; NACCS item lengths are counted in bytes of it
 * @param address   the NACCS centre's mail address inputs go to
 * @param smtpHost  relay towards NACCS
 * @param listener  the hub's own SMTP listener NACCS answers to
 * @param user      the NACCS user registered from configuration at start-up (the NACCS users themselves
 *                  live in the database, registered through {@code /api/v1/naccs/users}); optional
 * @param simulator the NACCS simulator the default runtime starts on loopback
 * @param replyTimeout how long a NACCS user counts as busy after an input went out without a
 *                  processing result (SMTP two-way: one input, then its result; clients wait 120 s)
 * @param sendRetry  redelivery of an input whose SMTP hand-over failed (never of one that succeeded)
 * @param mailbox    optional POP3/IMAP mailbox that receives NACCS outputs, read besides the listener
 */
@Validated
@ConfigurationProperties("minato.naccs")
public record NaccsSettings(@NotBlank String outboundQueue, @NotBlank String inboundQueue, @NotNull Charset charset,
                            @NotBlank String address, @NotBlank String smtpHost,
                            @PositiveOrZero @Max(65535) int smtpPort, @NotBlank String from,
                            @Valid @NotNull Listener listener, @Valid User user,
                            @Valid @NotNull Simulator simulator, @NotNull Duration replyTimeout,
                            @Valid @NotNull SendRetry sendRetry, @Valid @NotNull Mailbox mailbox) {

    /** Bounded exponential back-off between SMTP attempts of one input. */
    public record SendRetry(@PositiveOrZero int maxRedeliveries, @Positive long initialDelayMs,
                            @Positive long maxDelayMs) {
    }

    /**
     * A mailbox NACCS output is delivered to, for sites that receive it there instead of (or besides)
     * the hub's SMTP listener. Off unless {@code enabled}.
     *
     * @param protocol       imap, imaps, pop3 or pop3s
     * @param passwordSecret name of the secret {@code minato.secrets.<name>} holding the password
     * @param delete         delete each mail once archived (POP3 has no "seen" flag: without deleting,
     *                       every poll would archive the same mails again); IMAP marks them seen anyway
     */
    public record Mailbox(boolean enabled, @Pattern(regexp = "imaps?|pop3s?") String protocol, String host,
                          @PositiveOrZero @Max(65535) int port, String username, String passwordSecret,
                          String folder, boolean delete, @Positive long pollDelayMs) {
    }

    /** Where the hub listens for NACCS outputs; port 0 picks a free one. */
    public record Listener(@NotBlank String host, @PositiveOrZero @Max(65535) int port) {
    }

    /**
     * NACCS credentials: 利用者コード (user code, 5) + 識別番号 (identifier, 3) + password (8).
     */
    public record User(@NotNull @Pattern(regexp = "[0-9A-Z]{5}") String userCode,
                       @NotNull @Pattern(regexp = "[0-9A-Z]{3}") String identifier,
                       @NotBlank String password) {

        /** User code + identifier: the 8-character NACCS user id. */
        public String userId() {
            return userCode + identifier;
        }

        @Override
        public String toString() {
            return "User[" + userId() + ", password=********]";
        }
    }

    /** The simulator and the passwords it accepts per user id; never for production. */
    public record Simulator(boolean enabled, @NotBlank String host, @PositiveOrZero @Max(65535) int port,
                            Map<String, String> passwords) {

        public Simulator {
            passwords = passwords == null ? Map.of() : Map.copyOf(passwords);
        }

        @Override
        public String toString() {
            return "Simulator[enabled=" + enabled + ", " + host + ":" + port + ", users=" + passwords.keySet() + "]";
        }
    }
}
