package io.minato.hub.routes.colins;

import io.minato.hub.connectors.colins.ColinsApi;
import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.InboundThrottle;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * Colins in: on a schedule (one hub instance at a time) {@link ColinsPoller} reads the Colins changes
 * feed from the stored cursor over HTTP ({@value #FETCH}), archives each page raw as a COLINS wire
 * message before anything else, queues it by id and moves the cursor on; the page passes the inbound admission
 * like every inbound message (it is public data of no company, so no company's limit holds it back) and
 * {@link ColinsPageProcessor}
 * then stores the records of consenting terminals (once per version), drops the others, and tells the
 * deals that follow them. A page that cannot be taken is REJECTED with the reason and stays
 * re-processable ({@code POST /api/v1/messages/{id}/reprocess}).
 */
@Component
public class ColinsPollingRoute extends RouteBuilder {

    public static final String TIMER = "colins-poll-timer";
    public static final String POLL = "colins-poll";
    public static final String FETCH = "colins-fetch";
    public static final String ENQUEUE = "colins-in-enqueue";
    public static final String PROCESS = "colins-in-process";
    public static final String POLL_ENDPOINT = "direct:colins-poll";
    public static final String FETCH_ENDPOINT = "direct:colins-fetch";
    public static final String ENQUEUE_ENDPOINT = "direct:colins-in-enqueue";

    @Override
    public void configure() {
        from("timer:colins-poll?period={{minato.colins.poll.period}}&delay={{minato.colins.poll.initial-delay}}")
                .routeId(TIMER)
                .autoStartup("{{minato.colins.poll.enabled}}")
                .to(POLL_ENDPOINT);

        from(POLL_ENDPOINT)
                .routeId(POLL)
                .bean(ColinsPoller.class, "poll");

        // the query (cursor, limit) comes as the CamelHttpQuery header; the secret only through the placeholder
        from(FETCH_ENDPOINT)
                .routeId(FETCH)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .to("{{minato.colins.base-url}}" + ColinsApi.CHANGES + "?authMethod=Basic"
                        + "&authUsername=RAW({{minato.colins.client-id}})"
                        + "&authPassword=RAW({{minato.colins.client-secret}})"
                        + "&authenticationPreemptive=true&skipRequestHeaders=true&skipResponseHeaders=true")
                .convertBodyTo(byte[].class);

        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                .to("jms:queue:{{minato.colins.inbound-queue}}");

        RouteDefinition process = from("jms:queue:{{minato.colins.inbound-queue}}?transacted=true")
                .routeId(PROCESS)
                .routeConfigurationId(HubErrorHandling.ID);
        // over its company's inbound limit a message goes back on its queue for later
        InboundThrottle.admitOrDefer(process, "jms:queue:{{minato.colins.inbound-queue}}")
                .bean(ColinsPageProcessor.class, "process")
                .end();
    }
}
