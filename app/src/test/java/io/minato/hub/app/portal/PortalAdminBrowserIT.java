package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.minato.hub.app.mail.LocalMailbox;
import io.minato.hub.app.security.IdentityFixtures;
import io.minato.hub.app.security.InvitationMails;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The administration pages in headless Chromium, in Japanese: a company's administrator creates an
 * organization with business types of its company only, invites a user into it (the mail is read back
 * over IMAP from the local mailbox and its link opened in the browser), sees the user's state change,
 * disables and enables it; the user itself is refused the pages; the operator picks a company first.
 */
class PortalAdminBrowserIT extends PortalBrowserSupport {

    @Autowired
    private LocalMailbox mailbox;

    @Test
    void administratorCreatesAnOrganizationInvitesAUserByMailAndDisablesIt() throws Exception {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "PAD",
                BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER);

        open("/admin");
        logIn(company.adminLogin(), IdentityFixtures.PASSWORD);
        browser.findElement(By.id("admin-organizations")).click();
        waitFor(By.id("organization-form"));
        assertThat(text(By.tagName("h1"))).contains("組織管理", company.code());
        assertThat(browser.findElements(By.cssSelector("#organization-types input")))
                .as("only the company's own business types").extracting(e -> e.getDomAttribute("value"))
                .containsExactlyInAnyOrder("FORWARDER", "CUSTOMS_BROKER");
        browser.findElement(By.id("organization-name")).sendKeys("東京支店");
        browser.findElement(By.id("type-FORWARDER")).click();
        browser.findElement(By.id("organization-submit")).click();
        assertThat(text(By.id("notice"))).isEqualTo("組織を作成しました。");
        assertThat(text(By.id("organization-table"))).contains("東京支店", BusinessType.FORWARDER.japaneseName())
                .doesNotContain(BusinessType.CUSTOMS_BROKER.japaneseName());
        screenshot("a01-organizations");

        browser.findElement(By.id("organization-name")).sendKeys("東京支店");
        browser.findElement(By.id("organization-submit")).click();
        assertThat(text(By.id("form-error"))).isEqualTo("組織「東京支店」は既にあります");

        browser.findElement(By.cssSelector(".edit-organization summary")).click();
        WebElement edit = browser.findElement(By.cssSelector(".edit-organization form"));
        edit.findElement(By.cssSelector("input[value=CUSTOMS_BROKER]")).click();
        edit.findElement(By.tagName("button")).click();
        assertThat(text(By.id("notice"))).isEqualTo("組織を変更しました。");
        assertThat(text(By.id("organization-table"))).contains(BusinessType.CUSTOMS_BROKER.japaneseName());

        open("/admin/users");
        waitFor(By.id("invite-form"));
        String login = "usr-" + company.code().toLowerCase();
        String email = IdentityFixtures.email(login);
        browser.findElement(By.id("invite-login")).sendKeys(login);
        browser.findElement(By.id("invite-name")).sendKeys("港 花子");
        browser.findElement(By.id("invite-email")).sendKeys(email);
        new Select(browser.findElement(By.id("invite-organization"))).selectByVisibleText("東京支店");
        browser.findElement(By.id("invite-submit")).click();
        assertThat(text(By.id("notice"))).contains("招待メールを送信しました", email);
        assertThat(userRow(login).getText()).contains("港 花子", "東京支店", "利用者", "招待中", "未ログイン");
        screenshot("a02-invited");

        List<InvitationMails.Mail> mails = await().atMost(Duration.ofSeconds(10)).ignoreExceptions()
                .until(() -> InvitationMails.imap(mailbox, email), list -> !list.isEmpty());
        assertThat(mails.get(0).text()).contains("港 花子 様", "ログインID: " + login);
        open("/invitation?token=" + InvitationMails.token(mails.get(0).text()));
        browser.findElement(By.name("password")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.name("confirmation")).sendKeys(IdentityFixtures.PASSWORD);
        browser.findElement(By.cssSelector("form button[type=submit]")).click();
        assertThat(text(By.tagName("h1"))).contains("登録が完了しました");

        open("/admin/users");
        assertThat(userRow(login).findElement(By.className("user-state")).getText()).isEqualTo("有効");

        switchTo(login, IdentityFixtures.PASSWORD, "/deals");
        waitFor(By.id("deal-search"));
        assertThat(browser.findElements(By.id("nav-admin"))).as("no admin menu for a user").isEmpty();
        for (String page : List.of("/admin/users", "/admin/organizations")) {
            open(page);
            assertThat(text(By.tagName("h1"))).as(page).contains("403");
            assertThat(browser.findElements(By.id("user-table"))).isEmpty();
        }
        screenshot("a03-user-refused");

        switchTo(company.adminLogin(), IdentityFixtures.PASSWORD, "/admin/users");
        waitFor(By.id("user-table"));
        assertThat(userRow(company.adminLogin()).findElements(By.className("user-disable")))
                .as("an administrator does not disable itself").isEmpty();
        userRow(login).findElement(By.className("user-disable")).click();
        browser.switchTo().alert().accept();
        assertThat(text(By.id("notice"))).isEqualTo("利用者を無効にしました。");
        assertThat(userRow(login).findElement(By.className("user-state")).getText()).isEqualTo("無効");
        assertThat(anonymous.withBasicAuth(login, IdentityFixtures.PASSWORD)
                .getForEntity("/api/v1/platform-users/me", String.class).getStatusCode().value())
                .as("a disabled user is refused at once").isEqualTo(401);
        screenshot("a04-disabled");

        userRow(login).findElement(By.className("user-enable")).click();
        assertThat(text(By.id("notice"))).isEqualTo("利用者を有効にしました。");
        assertThat(userRow(login).findElement(By.className("user-state")).getText()).isEqualTo("有効");
    }

    @Test
    void theOperatorPicksTheCompanyToManage() throws IOException {
        IdentityFixtures.Company company = IdentityFixtures.company(http, anonymous, mailbox, "POP",
                BusinessType.TRUCKER);

        open("/admin/users");
        logIn(OPERATOR, OPERATOR_PASSWORD);
        waitFor(By.id("company-table"));
        assertThat(text(By.tagName("h1"))).isEqualTo("利用者管理");
        browser.findElement(By.linkText(company.code())).click();
        waitFor(By.id("user-table"));
        assertThat(text(By.id("managed-company"))).contains(company.code());
        assertThat(userRow(company.adminLogin()).getText()).contains("管理者", "有効");
        assertThat(userRow(company.adminLogin()).findElements(By.className("user-disable")))
                .as("the operator may disable an administrator").hasSize(1);
        assertThat(text(By.id("no-organization"))).isEqualTo("利用者を招待するには、先に組織を作成してください。");
        screenshot("a05-operator");
    }

    private static WebElement userRow(String login) {
        By row = By.cssSelector("#user-table tr[data-login='" + login + "']");
        waitFor(row);
        return browser.findElement(row);
    }
}
