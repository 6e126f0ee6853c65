package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.mail.SmtpListener;
import org.apache.camel.ProducerTemplate;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The hub's SMTP listener for NACCS outputs. A mail is acknowledged (250) only once it is archived;
 * if archiving fails the sender gets a 4xx and keeps the mail, so nothing is lost. It opens once
 * the routes are running and closes with the application.
 */
@Component
class NaccsMailReception implements AutoCloseable {

    private final SmtpListener listener;

    NaccsMailReception(NaccsSettings settings, ProducerTemplate producer) {
        this.listener = new SmtpListener(settings.listener().host(), settings.listener().port(),
                (from, recipients, rawMime) -> producer.requestBodyAndHeader(NaccsInboundRoute.RECEIVE_ENDPOINT,
                        rawMime, NaccsMailArchiver.MAIL_FROM, from));
    }

    @EventListener(ApplicationReadyEvent.class)
    void open() {
        listener.start();
    }

    /** The port actually bound (the configured one, or a free one for port 0). */
    int port() {
        return listener.port();
    }

    @Override
    public void close() {
        listener.close();
    }
}
