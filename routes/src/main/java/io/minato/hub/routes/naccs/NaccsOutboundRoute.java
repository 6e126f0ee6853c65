package io.minato.hub.routes.naccs;

import io.minato.hub.routes.support.HubErrorHandling;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Flow 3 out: a registered NACCS submission is built from its source document (S/I → ECR),
 * archived with the password masked, and sent by SMTP to NACCS as a single-part mail body.
 */
@Component
public class NaccsOutboundRoute extends RouteBuilder {

    public static final String ENQUEUE = "naccs-out-enqueue";
    public static final String SEND = "naccs-out-send";
    public static final String ENQUEUE_ENDPOINT = "direct:naccs-out-enqueue";

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
                .bean(NaccsInputBuilder.class, "build")
                .filter(body().isNotNull())
                // camel-mail turns headers into mail headers: the broker's are nobody's business at NACCS
                .removeHeaders("JMS*")
                .to("smtp://{{minato.naccs.smtp-host}}:{{minato.naccs.smtp-port}}"
                        + "?from={{minato.naccs.from}}&to={{minato.naccs.address}}"
                        + "&contentType=RAW(text/plain; charset={{minato.naccs.charset}})")
                .bean(NaccsInputBuilder.class, "sent");
    }
}
