package io.minato.hub.routes.naccs;

import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * Retrieval of outputs NACCS holds (SYG): on a timer (one hub instance per period, by a database
 * claim, so N instances do not send N SYGs) and on demand through {@value #SEND_ENDPOINT} with the
 * body {@code REF}, {@code ALL} or an output information code. SYG goes out by SMTP like any input;
 * what NACCS answers comes back through {@link NaccsInboundRoute}.
 */
@Component
public class NaccsRetrievalRoute extends RouteBuilder {

    public static final String POLL = "naccs-syg-poll";
    public static final String SEND = "naccs-syg-send";
    public static final String SEND_ENDPOINT = "direct:naccs-syg-send";

    @Override
    public void configure() {
        from("timer:naccs-syg?period={{minato.naccs.retrieval.period}}&delay={{minato.naccs.retrieval.period}}")
                .routeId(POLL)
                .autoStartup("{{minato.naccs.retrieval.enabled}}")
                .filter(method(NaccsRetrieval.class, "claimScheduledRun"))
                .setBody(simple("{{minato.naccs.retrieval.scheduled-code}}"))
                .to(SEND_ENDPOINT);

        from(SEND_ENDPOINT)
                .routeId(SEND)
                .doTry()
                    .bean(NaccsRetrieval.class, "build")
                    .removeHeaders("JMS*")
                    .to("smtp://{{minato.naccs.smtp-host}}:{{minato.naccs.smtp-port}}"
                            + "?from={{minato.naccs.from}}&to={{minato.naccs.address}}"
                            + "&contentType=RAW(text/plain; charset={{minato.naccs.charset}})")
                    .bean(NaccsRetrieval.class, "sent")
                .doCatch(Exception.class)
                    // recorded on the wire message (FAILED + reason), then rethrown to the caller
                    .bean(NaccsRetrieval.class, "failed")
                .end();
    }
}
