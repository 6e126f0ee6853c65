package io.minato.hub.app.security;

import io.minato.hub.app.mail.Mailer;
import io.minato.hub.app.support.ApiException;
import java.time.OffsetDateTime;
import io.minato.hub.app.limits.CompanyLimits;
import org.springframework.http.HttpStatus;
import org.springframework.mail.MailException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 招待: people join by a one-time link mailed to them. The invitee exists at once but cannot log in
 * until it opens the link and chooses a password; the link carries 256 random bits of which only the
 * SHA-256 is stored, and works once, until {@code minato.platform.invitation-ttl}. The mail goes out
 * inside the transaction that invites: when it cannot be sent, nobody was invited.
 */
@Service
public class Invitations {

    private final PlatformUserMapper users;
    private final InvitationMapper invitations;
    private final PasswordEncoder encoder;
    private final Mailer mailer;
    private final IdentitySettings settings;
    private final CompanyLimits limits;

    Invitations(PlatformUserMapper users, InvitationMapper invitations, PasswordEncoder encoder, Mailer mailer,
                IdentitySettings settings, CompanyLimits limits) {
        this.limits = limits;
        this.users = users;
        this.invitations = invitations;
        this.encoder = encoder;
        this.mailer = mailer;
        this.settings = settings;
    }

    /**
     * A person to invite into a company.
     *
     * @param administrator  the company's administrator rather than a member of an organization
     * @param organizationId the organization of a user; null for an administrator
     */
    public record Invitee(String login, String displayName, String email, boolean administrator,
                          Long organizationId) {
    }

    /** What an invitation link shows before it is accepted. */
    public record InvitationView(String login, String displayName, String email, String companyCode,
                                 String companyName, String role, OffsetDateTime expiresAt) {
    }

    /** Registers the invitee in the company and mails its link; 409 if the login is taken. */
    @Transactional
    public PlatformUser invite(long companyId, Invitee invitee, Long invitedBy) {
        limits.requireUserId(companyId);
        // an unusable password until the invitee chooses one; not active, so it is never even tried
        Long id = users.insertInvitedIfAbsent(invitee.login(), invitee.displayName(),
                encoder.encode(Tokens.random256()), companyId, invitee.administrator() ? "ADMIN" : "USER",
                invitee.administrator() ? null : invitee.organizationId(), invitee.email());
        if (id == null) {
            throw new ApiException(HttpStatus.CONFLICT, "platform user " + invitee.login() + " exists already"
                    + " / ログインID " + invitee.login() + " は既に使われています");
        }
        mailLink(id, invitedBy);
        return users.find(id).orElseThrow();
    }

    /** A new link for someone who has not accepted yet; the earlier links stop working. */
    @Transactional
    public void reinvite(long companyId, long userId, Long invitedBy) {
        CompanyUser user = users.companyUser(companyId, userId)
                .orElseThrow(() -> ApiException.notFound("user of this company", userId));
        if (!"INVITED".equals(user.state())) {
            throw new ApiException(HttpStatus.CONFLICT, "user " + user.login() + " is " + user.state()
                    + ", not waiting for an invitation / " + user.login() + " は招待待ちではありません");
        }
        mailLink(userId, invitedBy);
    }

    /** 404 for a token never issued, 410 for one used, replaced or expired. */
    public InvitationView look(String token) {
        InvitationMapper.InvitationRow row = usable(token);
        return new InvitationView(row.login(), row.displayName(), row.email(), row.companyCode(), row.companyName(),
                row.role(), row.expiresAt());
    }

    /** Sets the chosen password and lets the user log in; the link is used up. */
    @Transactional
    public PlatformUser accept(String token, String password) {
        InvitationMapper.InvitationRow row = usable(token);
        PasswordRules.check(row.login(), null, password);
        if (invitations.use(row.id()) == 0) {
            throw gone();
        }
        users.activate(row.userId(), encoder.encode(password));
        return users.find(row.userId()).orElseThrow();
    }

    private void mailLink(long userId, Long invitedBy) {
        invitations.revokeOpen(userId);
        String token = Tokens.random256();
        String hash = Tokens.sha256(token);
        invitations.insert(userId, hash, OffsetDateTime.now().plus(settings.invitationTtl()), invitedBy);
        InvitationMapper.InvitationRow row = invitations.findByTokenHash(hash).orElseThrow();
        IdentityMails.Mail mail = IdentityMails.invitation(row, settings.baseUrl() + "/invitation?token=" + token);
        try {
            mailer.send(row.email(), mail.subject(), mail.text());
        } catch (MailException e) {
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "the invitation mail to " + row.email()
                    + " could not be sent (" + e.getMessage() + "); nobody was invited"
                    + " / 招待メールを送信できなかったため、招待していません", e);
        }
    }

    private InvitationMapper.InvitationRow usable(String token) {
        InvitationMapper.InvitationRow row = invitations.findByTokenHash(Tokens.sha256(token == null ? "" : token))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "no such invitation link"
                        + " / この招待リンクは存在しません"));
        if (!row.usable(OffsetDateTime.now())) {
            throw gone();
        }
        return row;
    }

    private static ApiException gone() {
        return new ApiException(HttpStatus.GONE, "the invitation link was used, replaced or has expired; ask the"
                + " administrator for a new one / この招待リンクは使用済みか期限切れです。管理者に再招待を依頼してください");
    }
}
