package io.minato.hub.app.mail;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A look into the local mailbox for the hub's operator (development only): the mails an address
 * received, e.g. an invitation, without a mail client.
 */
@RestController
class MailboxController {

    private final ObjectProvider<LocalMailbox> mailbox;
    private final Callers callers;

    MailboxController(ObjectProvider<LocalMailbox> mailbox, Callers callers) {
        this.mailbox = mailbox;
        this.callers = callers;
    }

    @GetMapping("/api/v1/dev/mailbox")
    List<LocalMailbox.ReceivedMail> mails(@RequestParam String to) {
        callers.requireOperator();
        LocalMailbox local = mailbox.getIfAvailable();
        if (local == null) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no local mailbox runs here (minato.mail.local-mailbox.enabled"
                    + " is false) / ローカルメールボックスは動いていません");
        }
        return local.mailsTo(to);
    }
}
