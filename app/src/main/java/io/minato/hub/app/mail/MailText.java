package io.minato.hub.app.mail;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;

/** The plain text of a mail: the body itself, or its first text/plain part. */
final class MailText {

    private MailText() {
    }

    static String of(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String text = of(body);
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }
}
