package io.minato.hub.routes.support;

import static org.apache.camel.builder.Builder.body;
import static org.apache.camel.builder.Builder.header;

import io.minato.hub.mappings.wire.InboundAdmission;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.apache.camel.model.ChoiceDefinition;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * The step before an inbound message is processed: over its company's limit, the exchange gets
 * {@link WireHeaders#DEFER_UNTIL} and the route puts the id back on its queue for that time instead of
 * processing it.
 */
@Component
public class InboundThrottle {

    private final InboundAdmission admission;

    InboundThrottle(InboundAdmission admission) {
        this.admission = admission;
    }

    public void admit(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId, Exchange exchange) {
        exchange.getMessage().removeHeader(WireHeaders.DEFER_UNTIL);
        admission.admit(wireMessageId).ifPresent(until ->
                exchange.getMessage().setHeader(WireHeaders.DEFER_UNTIL, until.toEpochMilli()));
    }

    /**
     * The first steps of every inbound processing route: the wire message id from the body, the admission,
     * and for a message over its company's limit the way back onto its queue, in the same JMS transaction,
     * for when the limit allows. The caller adds its processing to what this answers (the admitted branch)
     * and ends the choice.
     *
     * @param queue the route's own queue endpoint, e.g. {@code jms:queue:{{minato.edifact.queue}}}
     */
    public static ChoiceDefinition admitOrDefer(RouteDefinition route, String queue) {
        return route
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body().convertTo(Long.class))
                .bean(InboundThrottle.class, "admit")
                .choice()
                    .when(header(WireHeaders.DEFER_UNTIL).isNotNull())
                        .setHeader(WireHeaders.SCHEDULED_DELIVERY, header(WireHeaders.DEFER_UNTIL))
                        .to(queue)
                    .otherwise();
    }
}
