package io.minato.hub.connectors.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.subethamail.smtp.MessageHandler;
import org.subethamail.smtp.RejectException;

/** One SMTP mail transaction: collects envelope and data, then hands them to the {@link MailHandler}. */
final class ListenerMessageHandler implements MessageHandler {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpListener.class);

    private final MailHandler handler;
    private final int maxMessageSize;
    private final String sessionId;
    private String from = "";
    private final List<String> recipients = new ArrayList<>();

    ListenerMessageHandler(MailHandler handler, int maxMessageSize, String sessionId) {
        this.handler = handler;
        this.maxMessageSize = maxMessageSize;
        this.sessionId = sessionId;
    }

    @Override
    public void from(String from) {
        this.from = from == null ? "" : from;
    }

    @Override
    public void recipient(String recipient) {
        recipients.add(recipient);
    }

    @Override
    public String data(InputStream data) throws RejectException, IOException {
        byte[] raw = readLimited(data);
        try {
            handler.accept(from, List.copyOf(recipients), raw);
        } catch (MailRejectedException e) {
            LOG.warn("Mail from {} ({} bytes, session {}) rejected permanently", from, raw.length, sessionId, e);
            throw new RejectException(554, "5.6.0 Message rejected: " + e.getMessage());
        } catch (Exception e) {
            // a 4xx keeps the mail with the sender, which retries: no output is lost
            LOG.error("Mail from {} ({} bytes, session {}) not accepted, sender will retry", from, raw.length,
                    sessionId, e);
            throw new RejectException(451, "4.3.0 Temporary failure, please retry");
        }
        LOG.info("Mail from {} to {} accepted ({} bytes, session {})", from, recipients, raw.length, sessionId);
        return null;
    }

    @Override
    public void done() {
        // nothing held beyond the transaction
    }

    private byte[] readLimited(InputStream data) throws IOException, RejectException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int read;
        while ((read = data.read(buffer)) != -1) {
            out.write(buffer, 0, read);
            if (out.size() > maxMessageSize) {
                // SIZE is only declared voluntarily, so the limit is enforced on the data itself
                throw new RejectException(552, "5.3.4 Message size exceeds fixed limit of " + maxMessageSize);
            }
        }
        return out.toByteArray();
    }
}
