package io.minato.hub.routes.naccs;

import io.minato.hub.routes.support.Secrets;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Optional: reads NACCS outputs from a POP3/IMAP mailbox, for sites where NACCS output is delivered
 * to a mailbox rather than to the hub's SMTP listener. Each mail joins the listener's path at
 * {@link NaccsInboundRoute#RECEIVE_ENDPOINT}: archived raw first, then queued and applied. A mail is
 * deleted (or, on IMAP, marked seen) only after it was archived; if archiving fails it stays in the
 * mailbox for the next poll. Off unless {@code minato.naccs.mailbox.enabled}.
 */
@Component
public class NaccsMailboxRoute extends RouteBuilder {

    public static final String ID = "naccs-mailbox-in";

    private final NaccsSettings settings;

    NaccsMailboxRoute(NaccsSettings settings) {
        this.settings = settings;
    }

    @Override
    public void configure() {
        NaccsSettings.Mailbox mailbox = settings.mailbox();
        if (!mailbox.enabled()) {
            return;
        }
        if (mailbox.passwordSecret() == null || mailbox.passwordSecret().isBlank()) {
            throw new IllegalStateException("minato.naccs.mailbox.password-secret must name the mailbox password's"
                    + " secret (minato.secrets.<name>)");
        }
        // mapMailMessage=false: the MIME message stays as it came, so the archive holds the raw mail
        from("{{minato.naccs.mailbox.protocol}}://{{minato.naccs.mailbox.host}}:{{minato.naccs.mailbox.port}}"
                + "?username=RAW({{minato.naccs.mailbox.username}})"
                + "&password=RAW(" + Secrets.placeholder(mailbox.passwordSecret()) + ")"
                + "&folderName={{minato.naccs.mailbox.folder}}&delete={{minato.naccs.mailbox.delete}}"
                + "&unseen=true&mapMailMessage=false&delay={{minato.naccs.mailbox.poll-delay-ms}}")
                .routeId(ID)
                // an operator (or a test) may define the reader but start it later
                .autoStartup("{{minato.naccs.mailbox.auto-startup:true}}")
                .bean(NaccsMailboxReader.class, "rawMime")
                .to(NaccsInboundRoute.RECEIVE_ENDPOINT);
    }
}
