package io.minato.hub.routes.webhook;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Webhooks: the dispatcher turns events from the outbox into deliveries and queues the due ones on
 * {@code minato.webhooks.queue}; senders POST them ({@link WebhookSender}).
 *
 * <p>The database is the source of truth and the queue only the hand-over: a delivery is claimed
 * for {@code requeue-after} when queued, and a queue message that is lost, or a sender that dies
 * mid-request, is made good by the dispatcher queuing it again once the claim lapses. A duplicate
 * queue message is harmless: only the message for the delivery's current attempt number can start
 * an attempt. Several hub instances may run both routes (claims use {@code for update skip locked}).
 */
@Component
public class WebhookRoute extends RouteBuilder {

    public static final String DISPATCH = "webhook-dispatch";
    public static final String DELIVER = "webhook-deliver";

    @Override
    public void configure() {
        from("timer:" + DISPATCH + "?period={{minato.webhooks.poll-delay-ms}}&delay={{minato.webhooks.poll-delay-ms}}")
                .routeId(DISPATCH)
                .bean(WebhookDispatcher.class, "due")
                .split(body())
                    .setHeader(WebhookSender.ATTEMPTS, simple("${body.attempts}"))
                    // ids travel as text: an object would become a serialized ObjectMessage
                    .setBody(simple("${body.historyId.toString()}"))
                    .to("jms:queue:{{minato.webhooks.queue}}")
                .end();

        // A failure here (the database unreachable) is logged by Camel's default handler and the
        // message consumed: the delivery's claim lapses and the dispatcher queues it again, so the
        // retry is the outbox's, not the broker's.
        from("jms:queue:{{minato.webhooks.queue}}?concurrentConsumers={{minato.webhooks.consumers}}")
                .routeId(DELIVER)
                .bean(WebhookSender.class, "deliver");
    }
}
