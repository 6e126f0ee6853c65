package io.minato.hub.routes.support;

import io.minato.hub.mappings.wire.InboundAdmission;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
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
}
