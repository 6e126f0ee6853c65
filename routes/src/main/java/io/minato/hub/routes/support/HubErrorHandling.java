package io.minato.hub.routes.support;

import io.minato.hub.mappings.support.MinatoException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteConfigurationBuilder;
import org.springframework.stereotype.Component;

/**
 * The one error policy every processing route opts into with {@code .routeConfigurationId(ID)}:
 * permanent failures (syntax, validation, mapping) are not retried and leave the wire message
 * REJECTED with their reason (and an outbound submission FAILED); anything else is retried with bounded back-off and, if it outlives
 * the retries, leaves the wire message FAILED. Either way the raw message stays archived and can
 * be re-processed, and the queue message is consumed rather than spinning forever.
 */
@Component
public class HubErrorHandling extends RouteConfigurationBuilder {

    public static final String ID = "minato-error-handling";

    @Override
    public void configuration() {
        routeConfiguration(ID)
                .onException(Exception.class)
                .onWhen(HubErrorHandling::isPermanent)
                .handled(true)
                .bean(FailureRecorder.class, "rejected")
                .end()
                .onException(Exception.class)
                .maximumRedeliveries("{{minato.retry.max-redeliveries}}")
                .redeliveryDelay("{{minato.retry.initial-delay-ms}}")
                .useExponentialBackOff()
                .maximumRedeliveryDelay("{{minato.retry.max-delay-ms}}")
                .logRetryAttempted(true)
                .handled(true)
                .bean(FailureRecorder.class, "failed")
                .end();
    }

    private static boolean isPermanent(Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        return cause instanceof MinatoException minato && !minato.isTransient();
    }
}
