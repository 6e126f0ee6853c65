package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.partner.PartnerChannel;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps one SFTP inbox route ({@link EdifactSftpInboundRoute}) per partner whose channel is SFTP:
 * all of them once the hub is up (partners from configuration are seeded by then), and the one
 * partner again whenever its profile is saved, so a changed server or password name takes effect
 * without a restart.
 */
@Component
public class SftpInboxes {

    private static final Logger log = LoggerFactory.getLogger(SftpInboxes.class);

    private final CamelContext camel;
    private final PartnerDirectory partners;
    private final SftpEndpoints endpoints;

    SftpInboxes(CamelContext camel, PartnerDirectory partners, SftpEndpoints endpoints) {
        this.camel = camel;
        this.partners = partners;
        this.endpoints = endpoints;
    }

    @EventListener(ApplicationReadyEvent.class)
    void startAll() {
        partners.findByChannel(PartnerChannel.SFTP).forEach(this::apply);
    }

    /** Starts, restarts or stops the partner's SFTP inbox to match its profile. */
    public synchronized void apply(PartnerProfile partner) {
        String routeId = EdifactSftpInboundRoute.routeId(partner.code());
        try {
            if (camel.getRoute(routeId) != null) {
                camel.getRouteController().stopRoute(routeId);
                camel.removeRoute(routeId);
                log.info("SFTP inbox of partner {} stopped", partner.code());
            }
            if (partner.channel() == PartnerChannel.SFTP) {
                TemplatedRouteBuilder.builder(camel, EdifactSftpInboundRoute.TEMPLATE)
                        .routeId(routeId)
                        .parameter(EdifactSftpInboundRoute.PARTNER, partner.code())
                        .parameter(EdifactSftpInboundRoute.ENDPOINT, endpoints.inbound(partner.sftp()))
                        .add();
                log.info("SFTP inbox of partner {} polls {}@{}:{}/{}", partner.code(), partner.sftp().username(),
                        partner.sftp().host(), partner.sftp().port(), partner.sftp().inboundDir());
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot set up the SFTP inbox of partner " + partner.code(), e);
        }
    }
}
