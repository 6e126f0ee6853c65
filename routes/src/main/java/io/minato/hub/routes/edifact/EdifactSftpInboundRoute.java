package io.minato.hub.routes.edifact;

import io.minato.hub.routes.support.WireHeaders;
import org.apache.camel.builder.RouteBuilder;
import org.springframework.stereotype.Component;

/**
 * EDIFACT in by SFTP, one route per partner from this template ({@link SftpInboxes} adds them):
 * each file in the partner's inbound directory is archived raw (RECEIVED) before anything else,
 * its id joins the same queue as the file inbox's, and only then is the remote file deleted or
 * moved: the consumer does that when the exchange completes, so a failure before the archive
 * commit leaves the file for the next poll.
 */
@Component
public class EdifactSftpInboundRoute extends RouteBuilder {

    public static final String TEMPLATE = "edifact-sftp-in";
    static final String PARTNER = "partner";
    static final String ENDPOINT = "endpoint";

    /** The id of a partner's SFTP inbox route. */
    public static String routeId(String partnerCode) {
        return TEMPLATE + "-" + partnerCode;
    }

    @Override
    public void configure() {
        routeTemplate(TEMPLATE)
                .templateParameter(PARTNER)
                .templateParameter(ENDPOINT)
                .from("{{" + ENDPOINT + "}}")
                .setHeader(WireHeaders.PARTNER_CODE, constant("{{" + PARTNER + "}}"))
                .bean(EdifactArchiver.class, "archiveFromSftp")
                .setHeader(WireHeaders.WIRE_MESSAGE_ID, body())
                .to(EdifactInboundRoute.ENQUEUE_ENDPOINT);
    }
}
