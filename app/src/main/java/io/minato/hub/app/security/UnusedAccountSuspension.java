package io.minato.hub.app.security;

import io.minato.hub.app.mail.Mailer;
import io.minato.hub.app.support.SessionAdvisoryLock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Accounts unused for {@code minato.platform.suspend-unused-after} (a year) are suspended once a day
 * and their owners told by mail; an administrator reactivates them. Several hub instances share the
 * database: a PostgreSQL advisory lock lets one of them run the job at a time, the others skip it.
 * A notice that could not be sent is tried again on the next run.
 */
@Component
class UnusedAccountSuspension {

    private static final Logger log = LoggerFactory.getLogger(UnusedAccountSuspension.class);
    /** The advisory lock id of this job ("MINATO" and 1), the same in every instance. */
    static final long LOCK_ID = 0x4d494e41544f0001L;

    /** What a run did; {@code ran} is false when another instance held the job. */
    record Outcome(boolean ran, List<String> suspended, int notified) {
    }

    private final PlatformUsers users;
    private final PlatformUserMapper mapper;
    private final Mailer mailer;
    private final IdentitySettings settings;
    private final SessionAdvisoryLock lock;

    UnusedAccountSuspension(PlatformUsers users, PlatformUserMapper mapper, Mailer mailer, IdentitySettings settings,
                            DataSource dataSource) {
        this.users = users;
        this.mapper = mapper;
        this.mailer = mailer;
        this.settings = settings;
        this.lock = new SessionAdvisoryLock(dataSource, LOCK_ID, "account suspension");
    }

    @Scheduled(cron = "${minato.platform.suspension-cron}", zone = "Asia/Tokyo")
    void scheduled() {
        run();
    }

    Outcome run() {
        Optional<SessionAdvisoryLock.Held> held = lock.tryAcquire();
        if (held.isEmpty()) {
            log.info("account suspension skipped: another hub instance is running it");
            return new Outcome(false, List.of(), 0);
        }
        try {
            List<String> suspended = users.suspendUnusedSince(OffsetDateTime.now().minus(settings.suspendUnusedAfter()))
                    .stream().map(PlatformUser::login).toList();
            if (!suspended.isEmpty()) {
                log.info("suspended {} account(s) unused for {}: {}", suspended.size(),
                        settings.suspendUnusedAfter(), suspended);
            }
            return new Outcome(true, suspended, sendNotices());
        } finally {
            held.get().release();
        }
    }

    private int sendNotices() {
        int sent = 0;
        for (PlatformUser user : mapper.suspensionNoticesDue()) {
            IdentityMails.Mail mail = IdentityMails.suspensionNotice(user, settings.suspendUnusedAfter());
            try {
                mailer.send(user.email(), mail.subject(), mail.text());
                mapper.suspensionNotified(user.id());
                sent++;
            } catch (MailException e) {
                // handled here for good: the notice stays due and the next run sends it
                log.error("suspension notice to {} ({}) not sent; tried again on the next run", user.login(),
                        user.email(), e);
            }
        }
        return sent;
    }
}
