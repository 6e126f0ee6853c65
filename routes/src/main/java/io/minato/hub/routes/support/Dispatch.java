package io.minato.hub.routes.support;

import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.routes.colins.ColinsPollingRoute;
import io.minato.hub.routes.edifact.EdifactOutboundRoute;
import io.minato.hub.routes.edifact.EdifactInboundRoute;
import io.minato.hub.routes.naccs.NaccsInboundRoute;
import io.minato.hub.routes.naccs.NaccsOutboundRoute;
import io.minato.hub.routes.tradewaltz.TradeWaltzInboundRoute;
import java.util.Map;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

/** How the rest of the hub hands work to the flows, without knowing their endpoints. */
@Component
public class Dispatch {

    private static final Map<Channel, String> REPROCESS = Map.of(
            Channel.EDIFACT_FILE, EdifactInboundRoute.ENQUEUE_ENDPOINT,
            Channel.EDIFACT_SFTP, EdifactInboundRoute.ENQUEUE_ENDPOINT,
            Channel.NACCS_SMTP, NaccsInboundRoute.ENQUEUE_ENDPOINT,
            Channel.COLINS, ColinsPollingRoute.ENQUEUE_ENDPOINT,
            Channel.TRADEWALTZ, TradeWaltzInboundRoute.ENQUEUE_ENDPOINT);

    private final ProducerTemplate producer;

    Dispatch(ProducerTemplate producer) {
        this.producer = producer;
    }

    /** Queues a registered NACCS submission for building and sending. */
    public void sendNaccsSubmission(long submissionId) {
        producer.sendBodyAndHeader(NaccsOutboundRoute.ENQUEUE_ENDPOINT, submissionId,
                WireHeaders.SUBMISSION_ID, submissionId);
    }

    /** Queues an archived outbound EDIFACT interchange for delivery to its partner (again, for a re-send). */
    public void deliver(WireMessage message) {
        if (message.direction() != WireDirection.OUT || !message.channel().isEdifact()) {
            throw new IllegalArgumentException("wire message " + message.id() + " is not an outbound EDIFACT interchange");
        }
        producer.sendBodyAndHeader(EdifactOutboundRoute.ENQUEUE_ENDPOINT, message.id(),
                WireHeaders.WIRE_MESSAGE_ID, message.id());
    }

    /** Queues an archived inbound message to be processed again, from its raw bytes. */
    public void reprocess(WireMessage message) {
        if (message.direction() != WireDirection.IN) {
            throw new IllegalArgumentException("only inbound messages are re-processed; wire message "
                    + message.id() + " is outbound");
        }
        producer.sendBodyAndHeader(REPROCESS.get(message.channel()), message.id(),
                WireHeaders.WIRE_MESSAGE_ID, message.id());
    }
}
