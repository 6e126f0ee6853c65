package io.minato.hub.routes.edifact;

import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.WireHeaders;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * EDIFACT out: an interchange already archived as an outbound wire message is delivered to its
 * partner's outbox directory, or to its SFTP server when its profile says so. It is written under a
 * temporary name and renamed, so a partner's poller never picks up half a file. Queueing the id
 * again re-sends it.
 */
@Component
public class EdifactOutboundRoute extends RouteBuilder {

    public static final String ENQUEUE = "edifact-out-enqueue";
    public static final String DELIVER = "edifact-out-deliver";
    public static final String ENQUEUE_ENDPOINT = "direct:edifact-out-enqueue";

    @Override
    public void configure() {
        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                .to("jms:queue:{{minato.edifact.outbound-queue}}");

        from("jms:queue:{{minato.edifact.outbound-queue}}?transacted=true")
                .routeId(DELIVER)
                .routeConfigurationId(HubErrorHandling.ID)
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body().convertTo(Long.class))
                .bean(OutboundDelivery.class, "prepare")
                .removeHeaders("JMS*")
                .choice()
                    .when(header(WireHeaders.SFTP_ENDPOINT).isNotNull())
                        // one endpoint per partner server: the file name travels in CamelFileName
                        .toD("${header." + WireHeaders.SFTP_ENDPOINT + "}")
                    .otherwise()
                        .to("file:{{minato.edifact.outbox}}?tempFileName=${file:name}.tmp&fileExist=Fail")
                .end()
                .bean(OutboundDelivery.class, "delivered");
    }
}
