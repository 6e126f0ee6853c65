package io.minato.hub.connectors.mail;

import java.util.List;

/**
 * What the hub does with one mail its {@link SmtpListener} received. The listener answers the
 * sender {@code 250} only after this returned normally; if it throws, the sender gets a 4xx
 * (or 5xx for {@link MailRejectedException}) and keeps the mail, so nothing is lost.
 */
@FunctionalInterface
public interface MailHandler {

    /**
     * @param from       envelope sender (MAIL FROM), may be empty for bounces
     * @param recipients envelope recipients (RCPT TO), in order
     * @param rawMime    the mail as received: headers and body, RFC 5322 bytes
     */
    void accept(String from, List<String> recipients, byte[] rawMime) throws Exception;
}
