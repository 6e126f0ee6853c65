package io.minato.hub.routes.naccs;

import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.InboundThrottle;
import io.minato.hub.routes.support.WireHeaders;
import org.apache.camel.ExchangePattern;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * Flow 3 back: every mail NACCS sends to the hub's SMTP listener is archived raw before the SMTP
 * transaction is acknowledged, queued by id, admitted under the inbound limit of the company whose NACCS user
 * it is for (over it, back on the queue for later, never dropped), then read as an output ({@link NaccsOutputProcessor}:
 * stored, correlated by the echoed hand-over information and input identification number, split
 * parts joined) and applied by its business meaning ({@link NaccsOutputApplier}). An output that
 * cannot be applied is REJECTED with the reason and stays re-processable.
 */
@Component
public class NaccsInboundRoute extends RouteBuilder {

    public static final String RECEIVE = "naccs-in-receive";
    public static final String ENQUEUE = "naccs-in-enqueue";
    public static final String PROCESS = "naccs-in-process";
    public static final String RECEIVE_ENDPOINT = "direct:naccs-in-receive";
    public static final String ENQUEUE_ENDPOINT = "direct:naccs-in-enqueue";

    @Override
    public void configure() {
        from(RECEIVE_ENDPOINT)
                .routeId(RECEIVE)
                .bean(NaccsMailArchiver.class, "archive")
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body())
                .to(ENQUEUE_ENDPOINT);

        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                // the SMTP listener asks with request-reply; without this the 250 would wait for the output to be
                // processed, which an inbound limit may put off for minutes, and the queued copy would carry a reply-to
                .to(ExchangePattern.InOnly, "jms:queue:{{minato.naccs.inbound-queue}}");

        RouteDefinition process = from("jms:queue:{{minato.naccs.inbound-queue}}?transacted=true")
                .routeId(PROCESS)
                .routeConfigurationId(HubErrorHandling.ID);
        // over its company's inbound limit a message goes back on its queue for later
        InboundThrottle.admitOrDefer(process, "jms:queue:{{minato.naccs.inbound-queue}}")
                .bean(NaccsOutputProcessor.class, "process")
                .end();
    }
}
