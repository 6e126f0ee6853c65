package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.partner.SftpSettings;
import io.minato.hub.routes.support.Secrets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * camel-sftp endpoint URIs from a partner's {@link SftpSettings}, so its inbox poller and its
 * deliveries log in and check the host key the same way. Free text goes in {@code RAW(...)} so a
 * path or user name is never read as URI syntax; secrets go in as placeholders (see
 * {@link Secrets#placeholder}), never as values.
 */
@Component
class SftpEndpoints {

    /** The partner's inbound directory, polled; each file deleted or moved once archived. */
    String inbound(SftpSettings sftp) {
        Map<String, String> options = connection(sftp);
        if (sftp.doneDir() == null) {
            options.put("delete", "true");
        } else {
            options.put("move", raw(sftp.doneDir()));
        }
        options.put("exclude", EdifactInboundRoute.IN_PROGRESS_NAMES);
        options.put("readLock", "none");
        // the partner owns its directories; creating one would also make starting the route (in an
        // API call) wait for a server that may be down
        options.put("autoCreate", "false");
        options.put("maxMessagesPerPoll", "{{minato.edifact.max-files-per-poll}}");
        options.put("delay", "{{minato.edifact.sftp.poll-delay-ms}}");
        // a partner server that is down is polled less often instead of logging every few seconds
        options.put("backoffErrorThreshold", "{{minato.edifact.sftp.backoff-error-threshold}}");
        options.put("backoffMultiplier", "{{minato.edifact.sftp.backoff-multiplier}}");
        return uri(sftp, sftp.inboundDir(), options);
    }

    /** The partner's outbound directory, written under a temporary name and renamed. */
    String outbound(SftpSettings sftp) {
        Map<String, String> options = connection(sftp);
        options.put("tempFileName", "${file:name}.tmp");
        options.put("fileExist", "Fail");
        return uri(sftp, sftp.outboundDir(), options);
    }

    private static Map<String, String> connection(SftpSettings sftp) {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("username", raw(sftp.username()));
        if (sftp.passwordSecret() != null) {
            options.put("password", raw(Secrets.placeholder(sftp.passwordSecret())));
        }
        if (sftp.privateKeyFile() != null) {
            options.put("privateKeyFile", raw(sftp.privateKeyFile()));
        }
        if (sftp.privateKeyPassphraseSecret() != null) {
            options.put("privateKeyPassphrase", raw(Secrets.placeholder(sftp.privateKeyPassphraseSecret())));
        }
        if (sftp.knownHostsFile() != null) {
            options.put("knownHostsFile", raw(sftp.knownHostsFile()));
            options.put("useUserKnownHostsFile", "false");
        }
        // camel-sftp does not check host keys unless told to
        options.put("strictHostKeyChecking", sftp.strictHostKeyChecking() ? "yes" : "no");
        options.put("connectTimeout", "{{minato.edifact.sftp.connect-timeout-ms}}");
        // retries belong to the hub's error handling (outbound) and the next poll (inbound), not to
        // reconnect loops hidden inside each attempt
        options.put("maximumReconnectAttempts", "0");
        return options;
    }

    private static String uri(SftpSettings sftp, String directory, Map<String, String> options) {
        return "sftp://" + sftp.host() + ":" + sftp.port() + "/" + directory + "?"
                + options.entrySet().stream().map(option -> option.getKey() + "=" + option.getValue())
                .collect(Collectors.joining("&"));
    }

    private static String raw(String value) {
        return "RAW(" + value + ")";
    }
}
