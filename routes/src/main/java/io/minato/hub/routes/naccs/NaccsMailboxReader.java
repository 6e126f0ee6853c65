package io.minato.hub.routes.naccs;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.apache.camel.Exchange;
import org.apache.camel.component.mail.MailMessage;
import org.springframework.stereotype.Component;

/** A mail read from the NACCS mailbox as the raw MIME bytes the archive keeps, with its sender. */
@Component
class NaccsMailboxReader {

    public byte[] rawMime(Exchange exchange) throws MessagingException, IOException {
        jakarta.mail.Message mail = exchange.getIn(MailMessage.class).getOriginalMessage();
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        mail.writeTo(raw);
        Address[] from = mail.getFrom();
        exchange.getIn().setHeader(NaccsMailArchiver.MAIL_FROM, from == null || from.length == 0 ? null
                : from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString());
        return raw.toByteArray();
    }
}
