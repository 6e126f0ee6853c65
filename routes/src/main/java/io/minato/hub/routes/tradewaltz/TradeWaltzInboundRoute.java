package io.minato.hub.routes.tradewaltz;

import io.minato.hub.connectors.tradewaltz.TradeWaltzApi;
import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.InboundThrottle;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * TradeWaltz in. Two ways in, one way on: a webhook ({@link TradeWaltzWebhookReceiver}, signature checked
 * after the raw body is archived) and, on a schedule (one hub instance at a time), {@link TradeWaltzPoller}
 * reading the request feed over HTTP ({@value #FETCH}) from the stored cursor, archiving each page raw. Either
 * way the archived TRADEWALTZ wire message's id is queued on Artemis, passes the company's inbound limit and
 * {@link TradeWaltzInboundProcessor} applies its requests, each once per request id + version. A message that
 * cannot be applied is REJECTED with the JSON path of what is wrong and stays re-processable
 * ({@code POST /api/v1/messages/{id}/reprocess}).
 */
@Component
public class TradeWaltzInboundRoute extends RouteBuilder {

    public static final String TIMER = "tradewaltz-poll-timer";
    public static final String POLL = "tradewaltz-poll";
    public static final String FETCH = "tradewaltz-fetch";
    public static final String ENQUEUE = "tradewaltz-in-enqueue";
    public static final String PROCESS = "tradewaltz-in-process";
    public static final String POLL_ENDPOINT = "direct:tradewaltz-poll";
    public static final String FETCH_ENDPOINT = "direct:tradewaltz-fetch";
    public static final String ENQUEUE_ENDPOINT = "direct:tradewaltz-in-enqueue";

    @Override
    public void configure() {
        from("timer:tradewaltz-poll?period={{minato.tradewaltz.poll.period}}"
                + "&delay={{minato.tradewaltz.poll.initial-delay}}")
                .routeId(TIMER)
                .autoStartup("{{minato.tradewaltz.poll.enabled}}")
                .to(POLL_ENDPOINT);

        from(POLL_ENDPOINT)
                .routeId(POLL)
                .bean(TradeWaltzPoller.class, "poll");

        // the query (after, limit) comes as the CamelHttpQuery header; the secret only through the placeholder
        from(FETCH_ENDPOINT)
                .routeId(FETCH)
                .setHeader(Exchange.HTTP_METHOD, constant("GET"))
                .to("{{minato.tradewaltz.base-url}}" + TradeWaltzApi.REQUESTS + "?authMethod=Basic"
                        + "&authUsername=RAW({{minato.tradewaltz.client-id}})"
                        + "&authPassword=RAW({{minato.tradewaltz.client-secret}})"
                        + "&authenticationPreemptive=true&skipRequestHeaders=true&skipResponseHeaders=true")
                .convertBodyTo(byte[].class);

        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                .to("jms:queue:{{minato.tradewaltz.inbound-queue}}");

        RouteDefinition process = from("jms:queue:{{minato.tradewaltz.inbound-queue}}?transacted=true")
                .routeId(PROCESS)
                .routeConfigurationId(HubErrorHandling.ID);
        // over its company's inbound limit a message goes back on its queue for later
        InboundThrottle.admitOrDefer(process, "jms:queue:{{minato.tradewaltz.inbound-queue}}")
                .bean(TradeWaltzInboundProcessor.class, "process")
                .end();
    }
}
