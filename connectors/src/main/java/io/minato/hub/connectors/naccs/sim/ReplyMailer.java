package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.util.ByteArrayDataSource;
import java.util.Date;
import java.util.Properties;

/**
 * Sends each output as its own mail, as NACCS does in SMTP two-way: the message is the body, single
 * part, 8bit, in the charset of the input it answers.
 */
final class ReplyMailer {

    private final Session session;
    private final String from;
    private final String to;

    ReplyMailer(String host, int port, String from, String to) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host);
        properties.put("mail.smtp.port", Integer.toString(port));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "120000");
        this.session = Session.getInstance(properties);
        this.from = from;
        this.to = to;
    }

    void send(NaccsMessage output) throws MessagingException {
        MimeMessage mail = new MimeMessage(session);
        mail.setFrom(new InternetAddress(from));
        mail.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        mail.setSubject(subject(output), output.charset().name());
        mail.setSentDate(new Date());
        mail.setDataHandler(new DataHandler(new ByteArrayDataSource(output.toBytes(),
                "text/plain; charset=" + output.charset().name())));
        // after setDataHandler, which drops content headers; kept by saveChanges since it is set
        mail.setHeader("Content-Transfer-Encoding", "8bit");
        Transport.send(mail);
    }

    /** Output information code and business keys, so a mailbox reader can tell outputs apart. */
    private static String subject(NaccsMessage output) {
        OutputCommonPart common = (OutputCommonPart) output.commonPart();
        return (common.outputInfoCode() + " " + common.subject()).strip();
    }
}
