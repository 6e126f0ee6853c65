package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Hands an archived outbound interchange to the file channel and records that it left. */
@Component
class OutboundDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final WireMessageStore wireMessages;

    OutboundDelivery(WireMessageStore wireMessages) {
        this.wireMessages = wireMessages;
    }

    /** The raw bytes as body, a file name in the partner's own outbox folder. */
    public byte[] prepare(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId, Exchange exchange) {
        WireMessage message = wireMessages.startAttempt(wireMessageId);
        if (message.direction() != WireDirection.OUT || message.channel() != Channel.EDIFACT_FILE) {
            throw new UnprocessableMessageException("wire message " + wireMessageId + " is " + message.direction()
                    + " " + message.channel() + ", not an outbound EDIFACT interchange");
        }
        // a re-send gets a new file name: the partner may have consumed the first one already
        String name = message.partner() + "/" + STAMP.format(LocalDateTime.now()) + "-"
                + message.correlation().getOrDefault("interchangeRef", String.valueOf(wireMessageId)) + ".edi";
        exchange.getIn().setHeader(Exchange.FILE_NAME, name);
        return message.raw();
    }

    public void delivered(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId,
                          @Header(Exchange.FILE_NAME_PRODUCED) String file) {
        wireMessages.markSent(wireMessageId);
        log.info("wire message {} delivered as {}", wireMessageId, file);
    }
}
