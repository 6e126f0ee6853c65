package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.partner.PartnerChannel;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.partner.SftpSettings;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Hands an archived outbound interchange to its partner's channel (the partner's SFTP server if its
 * profile says SFTP, else its outbox folder) and records that it left. The partner's current profile
 * decides, so a re-send follows a partner that has moved to SFTP.
 */
@Component
class OutboundDelivery {

    private static final Logger log = LoggerFactory.getLogger(OutboundDelivery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS");

    private final WireMessageStore wireMessages;
    private final PartnerDirectory partners;
    private final SftpEndpoints sftpEndpoints;

    OutboundDelivery(WireMessageStore wireMessages, PartnerDirectory partners, SftpEndpoints sftpEndpoints) {
        this.wireMessages = wireMessages;
        this.partners = partners;
        this.sftpEndpoints = sftpEndpoints;
    }

    /**
     * The raw bytes as body, a file name in the partner's own outbox folder or, for an SFTP partner,
     * its outbound directory with the endpoint in {@link WireHeaders#SFTP_ENDPOINT}.
     */
    public byte[] prepare(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId, Exchange exchange) {
        WireMessage message = wireMessages.startAttempt(wireMessageId);
        if (message.direction() != WireDirection.OUT || !message.channel().isEdifact()) {
            throw new UnprocessableMessageException("wire message " + wireMessageId + " is " + message.direction()
                    + " " + message.channel() + ", not an outbound EDIFACT interchange");
        }
        // a re-send gets a new file name: the partner may have consumed the first one already
        String name = STAMP.format(LocalDateTime.now()) + "-"
                + message.correlation().getOrDefault("interchangeRef", String.valueOf(wireMessageId)) + ".edi";
        Optional<SftpSettings> sftp = partners.findByCode(message.partner())
                .filter(partner -> partner.channel() == PartnerChannel.SFTP)
                .map(PartnerProfile::sftp);
        if (sftp.isPresent()) {
            exchange.getIn().setHeader(WireHeaders.SFTP_ENDPOINT, sftpEndpoints.outbound(sftp.get()));
            exchange.getIn().setHeader(Exchange.FILE_NAME, name);
        } else {
            exchange.getIn().setHeader(Exchange.FILE_NAME, message.partner() + "/" + name);
        }
        return message.raw();
    }

    public void delivered(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId,
                          @Header(Exchange.FILE_NAME_PRODUCED) String file,
                          @Header(WireHeaders.SFTP_ENDPOINT) String sftpEndpoint) {
        wireMessages.markSent(wireMessageId);
        log.info("wire message {} delivered {} as {}", wireMessageId, sftpEndpoint == null ? "to the outbox" : "by SFTP",
                file);
    }
}
