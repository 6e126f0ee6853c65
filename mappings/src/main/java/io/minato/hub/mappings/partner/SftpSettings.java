package io.minato.hub.mappings.partner;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Where and how the hub reaches a partner's SFTP server. Holds no secret: a password or key
 * passphrase is named here and its value lives in the hub's configuration as
 * {@code minato.secrets.<name>} (environment {@code MINATO_SECRETS_<NAME>}), so neither the
 * database nor the API ever carries it.
 *
 * @param host                       the server's host name or address
 * @param port                       its SSH port, 22 if not given
 * @param username                   the account the hub logs in as
 * @param passwordSecret             name of the secret holding the password; empty for key login
 * @param privateKeyFile             path, on the hub's host, of a private key (OpenSSH or PEM) to log
 *                                   in with; empty for password login
 * @param privateKeyPassphraseSecret name of the secret holding the key's passphrase, if it has one
 * @param knownHostsFile             path of the known_hosts file that holds the server's host key;
 *                                   empty for the hub user's {@code ~/.ssh/known_hosts}
 * @param strictHostKeyChecking      whether an unknown or changed host key refuses the connection;
 *                                   true unless set to false (test servers only)
 * @param inboundDir                 where the partner leaves interchanges for us, relative to the
 *                                   login directory (camel-sftp takes no absolute paths: it would
 *                                   silently drop a leading slash, so one is refused here)
 * @param outboundDir                where we put interchanges for the partner, likewise
 * @param doneDir                    where read files are moved, relative to the inbound directory;
 *                                   empty to delete them once archived
 */
public record SftpSettings(
        @NotBlank @Size(max = 255) String host,
        @Min(1) @Max(65535) Integer port,
        @NotBlank @Size(max = 100) String username,
        @Pattern(regexp = SECRET_NAME) String passwordSecret,
        @Size(max = 1000) String privateKeyFile,
        @Pattern(regexp = SECRET_NAME) String privateKeyPassphraseSecret,
        @Size(max = 1000) String knownHostsFile,
        Boolean strictHostKeyChecking,
        @NotBlank @Size(max = 1000) @Pattern(regexp = RELATIVE, message = RELATIVE_MESSAGE) String inboundDir,
        @NotBlank @Size(max = 1000) @Pattern(regexp = RELATIVE, message = RELATIVE_MESSAGE) String outboundDir,
        @Size(max = 1000) String doneDir) {

    /** Secret names become property keys and environment variable names: keep them plain. */
    public static final String SECRET_NAME = "[a-z0-9][a-z0-9-]{0,62}";
    private static final String RELATIVE = "[^/].*";
    private static final String RELATIVE_MESSAGE = "must be relative to the SFTP login directory";

    public SftpSettings {
        port = port == null ? 22 : port;
        passwordSecret = blankToNull(passwordSecret);
        privateKeyFile = blankToNull(privateKeyFile);
        privateKeyPassphraseSecret = blankToNull(privateKeyPassphraseSecret);
        knownHostsFile = blankToNull(knownHostsFile);
        strictHostKeyChecking = strictHostKeyChecking == null || strictHostKeyChecking;
        doneDir = blankToNull(doneDir);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
