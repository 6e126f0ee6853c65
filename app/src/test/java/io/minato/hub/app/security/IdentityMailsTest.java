package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class IdentityMailsTest {

    @Test
    void invitationStatesTheExpiryInJapanTimeJapaneseFirst() {
        InvitationMapper.InvitationRow row = new InvitationMapper.InvitationRow(1, 2, "yamada", "山田 太郎",
                "yamada@example.jp", "USER", "ACME", "株式会社アクメ",
                OffsetDateTime.of(2026, 4, 1, 15, 30, 0, 0, ZoneOffset.UTC), null, null);

        IdentityMails.Mail mail = IdentityMails.invitation(row, "https://hub.example.jp/invitation?token=abc");

        assertThat(mail.text()).contains("山田 太郎 様", "株式会社アクメ（ACME）の利用者", "2026年4月2日 00:30（日本時間）",
                "until 2026-04-02 00:30 (Japan time)", "as a user of 株式会社アクメ (ACME)",
                "https://hub.example.jp/invitation?token=abc");
        assertThat(mail.text().indexOf("利用者")).isLessThan(mail.text().indexOf("Dear"));
    }

    @Test
    void aSuspendedAdministratorIsSentToTheOperator() {
        PlatformUser admin = new PlatformUser(3, "boss", "社長", 10L, "ACME", false, "ADMIN", null, "b@example.jp", false);

        String text = IdentityMails.suspensionNotice(admin, Duration.ofDays(365)).text();

        assertThat(text).contains("365 日以上", "プラットフォームの運営者", "the platform's operator");
    }
}
