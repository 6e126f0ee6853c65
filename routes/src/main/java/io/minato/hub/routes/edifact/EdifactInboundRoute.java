package io.minato.hub.routes.edifact;

import io.minato.hub.routes.support.HubErrorHandling;
import io.minato.hub.routes.support.InboundThrottle;
import io.minato.hub.routes.support.WireHeaders;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.model.RouteDefinition;
import org.springframework.stereotype.Component;

/**
 * Flow 1, EDIFACT in: an interchange dropped in the inbox is archived raw (RECEIVED) before
 * anything else, its id goes over Artemis, and a consumer parses it and applies each message to
 * its deal (the message type in UNH decides the mapping). Only the id travels on the queue: the archive is the one copy of the bytes,
 * which is also what makes re-processing a matter of queueing the id again. A company over its inbound
 * limit has its messages put back on the queue for later (Artemis scheduled delivery), never dropped.
 */
@Component
public class EdifactInboundRoute extends RouteBuilder {

    public static final String RECEIVE = "edifact-in-receive";
    public static final String PROCESS = "edifact-in-process";
    /** Queue an archived wire message id here to (re-)process it. */
    public static final String ENQUEUE_ENDPOINT = "direct:edifact-in-enqueue";
    public static final String ENQUEUE = "edifact-in-enqueue";
    /** Writers put files under a temporary name and rename them, so a half-written file is never read. */
    static final String IN_PROGRESS_NAMES = ".*\\.(tmp|part)$";

    @Override
    public void configure() {
        from("file:{{minato.edifact.inbox}}?delete=true&exclude=" + IN_PROGRESS_NAMES + "&readLock=none"
                + "&maxMessagesPerPoll={{minato.edifact.max-files-per-poll}}&delay={{minato.edifact.poll-delay-ms}}")
                .routeId(RECEIVE)
                .bean(EdifactArchiver.class, "archive")
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body())
                .to(ENQUEUE_ENDPOINT);

        from(ENQUEUE_ENDPOINT)
                .routeId(ENQUEUE)
                // ids travel as text: a Long would become a serialized ObjectMessage
                .convertBodyTo(String.class)
                .to("jms:queue:{{minato.edifact.queue}}");

        RouteDefinition process = from("jms:queue:{{minato.edifact.queue}}?transacted=true&concurrentConsumers={{minato.edifact.consumers}}")
                .routeId(PROCESS)
                .routeConfigurationId(HubErrorHandling.ID);
        // over its company's inbound limit a message goes back on its queue for later
        InboundThrottle.admitOrDefer(process, "jms:queue:{{minato.edifact.queue}}")
                .bean(EdifactInboundProcessor.class, "process")
                .end();
    }
}
