package io.minato.hub.routes.naccs;

import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.WireHeaders;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Flow 3 back: every mail NACCS sends to the hub's SMTP listener is archived raw before the SMTP
 * transaction is acknowledged, queued by id, then read as an output ({@link NaccsOutputProcessor}:
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
                .to("jms:queue:{{minato.naccs.inbound-queue}}");

        from("jms:queue:{{minato.naccs.inbound-queue}}?transacted=true")
                .routeId(PROCESS)
                .routeConfigurationId(HubErrorHandling.ID)
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body().convertTo(Long.class))
                .bean(NaccsOutputProcessor.class, "process");
    }
}
