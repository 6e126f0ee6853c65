package io.minato.hub.routes.naccs;

import io.minato.hub.routes.support.FailureRecorder;
import io.minato.hub.routes.support.HubErrorHandling;
import jakarta.mail.MessagingException;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Flow 3 out: a queued NACCS submission is claimed (QUEUED → SENDING, once), built from its items
 * with its NACCS user's credentials, archived with the password masked, and sent by SMTP through the
 * NACCS user's relay, in its charset, as a single-part mail body.
 *
 * <p>Not sending twice: the claim is a conditional update in the database keyed by the submission
 * (whose input identification number and hand-over information are unique), so a queue
 * redelivery or a second hub instance finds it claimed and does not send. A failed SMTP hand-over
 * is redelivered by Camel at the SMTP step only ({@code minato.naccs.send-retry.*}, bounded
 * exponential back-off), so the input is neither re-claimed nor re-archived. The window that
 * remains: a relay that accepted the mail (250 after DATA) but whose answer was lost (connection
 * dropped or timed out at that moment) looks like a failure, and the retry hands the same input
 * to the relay again. NACCS then answers the second copy with its own result for the same input
 * identification number, and that later result overwrites the first on the submission (both stay
 * archived). Closing it would need the relay to dedupe on our Message-ID. A crash after
 * the claim and before the hand-over is recorded leaves the submission SENDING; it is then FAILED as
 * interrupted and never re-sent automatically.
 */
@Component
public class NaccsOutboundRoute extends RouteBuilder {

    public static final String ENQUEUE = "naccs-out-enqueue";
    public static final String SEND = "naccs-out-send";
    public static final String ENQUEUE_ENDPOINT = "direct:naccs-out-enqueue";

    private final NaccsInputBuilder builder;

    NaccsOutboundRoute(NaccsInputBuilder builder) {
        this.builder = builder;
    }

    @Override
    public void configure() {
        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                .to("jms:queue:{{minato.naccs.outbound-queue}}");

        from("jms:queue:{{minato.naccs.outbound-queue}}?transacted=true")
                .routeId(SEND)
                .routeConfigurationId(HubErrorHandling.ID)
                // transport failures (the relay refusing or unreachable) get the NACCS back-off, more
                // patient than the hub's default; the type is more specific than the shared policy's
                // Exception, so it wins for mail failures and only for them
                .onException(MessagingException.class)
                    .maximumRedeliveries("{{minato.naccs.send-retry.max-redeliveries}}")
                    .redeliveryDelay("{{minato.naccs.send-retry.initial-delay-ms}}")
                    .useExponentialBackOff()
                    .maximumRedeliveryDelay("{{minato.naccs.send-retry.max-delay-ms}}")
                    .onRedelivery(builder::retrying)
                    .logRetryAttempted(true)
                    .handled(true)
                    .bean(FailureRecorder.class, "failed")
                .end()
                .bean(NaccsInputBuilder.class, "build")
                .filter(body().isNotNull())
                // camel-mail turns headers into mail headers: the broker's are nobody's business at NACCS
                .removeHeaders("JMS*")
                .toD("${header." + NaccsInputBuilder.SMTP_ENDPOINT + "}")
                .bean(NaccsInputBuilder.class, "sent");
    }
}
