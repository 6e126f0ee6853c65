package io.minato.hub.connectors.mail;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The parts of a received mail a connector needs: the decoded subject, the charset the
 * Content-Type declares and the body with its transfer encoding removed.
 *
 * @param subject         decoded Subject (RFC 2047), empty if none
 * @param declaredCharset charset parameter of the Content-Type, empty if none was declared
 * @param body            body bytes after transfer decoding (base64, quoted-printable, 8bit)
 */
public record MailBody(String subject, Optional<Charset> declaredCharset, byte[] body) {

    public MailBody {
        subject = subject == null ? "" : subject;
        declaredCharset = declaredCharset == null ? Optional.empty() : declaredCharset;
        body = body == null ? new byte[0] : body.clone();
    }

    @Override
    public byte[] body() {
        return body.clone();
    }

    public Charset charsetOr(Charset fallback) {
        return declaredCharset.orElse(fallback);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MailBody that && subject.equals(that.subject)
                && declaredCharset.equals(that.declaredCharset) && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(subject, declaredCharset, Arrays.hashCode(body));
    }

    /** Never the body: message content stays out of logs. */
    @Override
    public String toString() {
        return "MailBody[subject=" + subject + ", charset=" + declaredCharset.map(Charset::name).orElse("-")
                + ", " + body.length + " bytes]";
    }
}
