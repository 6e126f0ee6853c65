package io.minato.hub.connectors.mail;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.server.SMTPServer;

/**
 * An SMTP server receiving mails for the hub — in SMTP two-way (SMTP双方向) NACCS delivers every
 * result and output as its own mail to the gateway's listener. Each mail goes to a
 * {@link MailHandler}; the sender sees {@code 250} only after the handler returned normally, a
 * {@code 451} when it threw (the sender retries) and {@code 554} for a
 * {@link MailRejectedException}. Mails above the size limit get {@code 552}.
 */
public final class SmtpListener implements AutoCloseable {

    public static final int DEFAULT_MAX_MESSAGE_SIZE = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(SmtpListener.class);

    private final SMTPServer server;

    /** Binds {@code host:port} (port 0: an ephemeral port, see {@link #port()}), 1 MB limit. */
    public SmtpListener(String host, int port, MailHandler handler) {
        this(host, port, DEFAULT_MAX_MESSAGE_SIZE, handler);
    }

    public SmtpListener(String host, int port, int maxMessageSize, MailHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (maxMessageSize <= 0 || port < 0 || port > 65535) {
            throw new IllegalArgumentException("bad port " + port + " or maximum size " + maxMessageSize);
        }
        this.server = SMTPServer.port(port)
                .bindAddress(address(host))
                .softwareName("Minato Hub")
                .maxMessageSize(maxMessageSize)
                .messageHandlerFactory(context ->
                        new ListenerMessageHandler(handler, maxMessageSize, context.getSessionId()))
                .build();
    }

    public void start() {
        server.start();
        LOG.info("SMTP listener started on {}:{}", server.getBindAddress().map(Object::toString).orElse("*"), port());
    }

    public void stop() {
        if (server.isRunning()) {
            server.stop();
            LOG.info("SMTP listener on port {} stopped", port());
        }
    }

    @Override
    public void close() {
        stop();
    }

    public boolean isRunning() {
        return server.isRunning();
    }

    /** The bound port; the allocated one when constructed with port 0 and started. */
    public int port() {
        return server.getPort() == 0 ? server.getPortAllocated() : server.getPort();
    }

    private static InetAddress address(String host) {
        try {
            return InetAddress.getByName(host == null || host.isBlank() ? "0.0.0.0" : host);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("cannot resolve SMTP listener host " + host, e);
        }
    }
}
