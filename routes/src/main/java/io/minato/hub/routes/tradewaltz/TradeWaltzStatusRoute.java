package io.minato.hub.routes.tradewaltz;

import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Status back to TradeWaltz: the outbox ({@link TradeWaltzStatusOutbox}) is looked at every
 * {@code status.poll-delay-ms}; due updates are claimed and queued on Artemis; a sender archives each as an
 * outbound TRADEWALTZ wire message (once) and POSTs it to {@code /trades/{linkageId}/status}. A failure is
 * tried again with back-off from the outbox (so it survives restarts) until {@code status.max-attempts},
 * then the update and its wire message are FAILED with the reason. Claims keep two hub instances from
 * sending the same update; a lost queue message is made good when its claim lapses.
 */
@Component
public class TradeWaltzStatusRoute extends RouteBuilder {

    public static final String DISPATCH = "tradewaltz-status-dispatch";
    public static final String SEND = "tradewaltz-status-send";

    @Override
    public void configure() {
        from("timer:" + DISPATCH + "?period={{minato.tradewaltz.status.poll-delay-ms}}"
                + "&delay={{minato.tradewaltz.status.poll-delay-ms}}")
                .routeId(DISPATCH)
                .bean(TradeWaltzStatusSender.class, "due")
                .split(body())
                    // claims travel as text (id:attempts): an object would become a serialized ObjectMessage
                    .to("jms:queue:{{minato.tradewaltz.status.queue}}")
                .end();

        from("jms:queue:{{minato.tradewaltz.status.queue}}")
                .routeId(SEND)
                .setProperty(TradeWaltzStatusSender.OUTBOX_ID, body().convertToString())
                .bean(TradeWaltzStatusSender.class, "prepare")
                .filter(body().isNotNull())
                    // only what TradeWaltz is to see goes out: not the JMS headers of the hand-over
                    .removeHeaders("*")
                    .setHeader(Exchange.HTTP_PATH, exchangeProperty(TradeWaltzStatusSender.PATH))
                    .setHeader(Exchange.HTTP_METHOD, constant("POST"))
                    .setHeader(Exchange.CONTENT_TYPE, constant("application/json; charset=UTF-8"))
                    .doTry()
                        .to("{{minato.tradewaltz.base-url}}?authMethod=Basic"
                                + "&authUsername=RAW({{minato.tradewaltz.client-id}})"
                                + "&authPassword=RAW({{minato.tradewaltz.client-secret}})"
                                + "&authenticationPreemptive=true&skipResponseHeaders=true")
                        .bean(TradeWaltzStatusSender.class, "sent")
                    .doCatch(Exception.class)
                        .bean(TradeWaltzStatusSender.class, "failed")
                    .end()
                .end();
    }
}
