package io.minato.hub.routes.edifact;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Outbound interchanges whose acknowledgement has not come within {@code minato.edifact.ack-timeout}
 * become OVERDUE, checked every {@code minato.edifact.ack-overdue-check-ms}. Several hub instances
 * may all run it: the update only moves PENDING rows past due, so a second run changes nothing.
 * A failed run leaves the rows PENDING and the next tick is the retry.
 */
@Component
public class AcknowledgementOverdueRoute extends RouteBuilder {

    public static final String OVERDUE = "edifact-ack-overdue";

    @Override
    public void configure() {
        from("timer:" + OVERDUE + "?period={{minato.edifact.ack-overdue-check-ms}}&delay={{minato.edifact.ack-overdue-check-ms}}")
                .routeId(OVERDUE)
                .bean(OverdueAcknowledgements.class, "markOverdue");
    }
}
