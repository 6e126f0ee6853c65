package io.minato.hub.app.security;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The texts of the mails people get about their account: Japanese first, then English. */
final class IdentityMails {

    /** Japan time: the platform's people work in Japanese ports. */
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter JAPANESE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm");
    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    record Mail(String subject, String text) {
    }

    private IdentityMails() {
    }

    static Mail invitation(InvitationMapper.InvitationRow invitation, String link) {
        boolean administrator = "ADMIN".equals(invitation.role());
        OffsetDateTime expires = invitation.expiresAt();
        String text = """
                %1$s 様

                %2$s（%3$s）の%4$sとして、港湾物流プラットフォーム Minato Hub に招待されました。
                次のリンクを開き、パスワードを設定してください。リンクは1回だけ、%5$s（日本時間）まで使えます。

                %6$s

                ログインID: %7$s

                お心当たりのない場合は、このメールを破棄してください。

                ----
                Dear %1$s,

                You are invited to Minato Hub, the port logistics platform, as %8$s of %2$s (%3$s).
                Open the link above and choose your password. The link works once, until %9$s (Japan time).

                Login: %7$s

                If you did not expect this mail, please ignore it.
                """.formatted(invitation.displayName(), invitation.companyName(), invitation.companyCode(),
                administrator ? "管理者" : "利用者", JAPANESE.format(expires.atZoneSameInstant(JAPAN)), link,
                invitation.login(), administrator ? "the administrator" : "a user",
                ENGLISH.format(expires.atZoneSameInstant(JAPAN)));
        return new Mail("【Minato Hub】ご招待 / Invitation to Minato Hub", text);
    }

    static Mail suspensionNotice(PlatformUser user, Duration unusedFor) {
        boolean administrator = "ADMIN".equals(user.role());
        String text = """
                %1$s 様

                ログインID %2$s は %3$d 日以上使われていないため、利用を停止しました。
                再開をご希望の場合は、%4$sにご連絡ください。

                ----
                Dear %1$s,

                The login %2$s has not been used for %3$d days and has been suspended.
                To use it again, please ask %5$s to reactivate it.
                """.formatted(user.displayName(), user.login(), unusedFor.toDays(),
                administrator ? "プラットフォームの運営者" : "貴社の管理者",
                administrator ? "the platform's operator" : "your company's administrator");
        return new Mail("【Minato Hub】アカウント利用停止のお知らせ / Your Minato Hub account is suspended", text);
    }
}
