package io.minato.hub.app.portal;

import io.minato.hub.app.naccs.NaccsUsers;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.webhook.WebhookEvent;
import io.minato.hub.app.webhook.WebhookTargets;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator's menu (管理メニュー): the company's webhook targets and NACCS users (organizations
 * and users are {@link CompanyAdminPages}). Only a company's administrator manages them (the hub's
 * operator acts for no company, so it sees the NACCS users of all).
 */
@Controller
class AdminPages {

    private final Callers callers;
    private final PlatformUsers platformUsers;
    private final WebhookTargets webhooks;
    private final NaccsUsers naccsUsers;

    AdminPages(Callers callers, PlatformUsers platformUsers, WebhookTargets webhooks, NaccsUsers naccsUsers) {
        this.callers = callers;
        this.platformUsers = platformUsers;
        this.webhooks = webhooks;
        this.naccsUsers = naccsUsers;
    }

    @GetMapping("/admin")
    String menu() {
        administrator();
        return "admin/menu";
    }

    @GetMapping("/admin/webhooks")
    String webhooks(Model model) {
        Caller caller = companyAdministrator();
        model.addAttribute("targets", webhooks.list(caller.companyId()));
        model.addAttribute("eventTypes", WebhookEvent.TYPES);
        return "admin/webhooks";
    }

    @PostMapping("/admin/webhooks")
    String createWebhook(@RequestParam String url, @RequestParam String secret,
                         @RequestParam(required = false) List<String> events, RedirectAttributes redirect,
                         Locale locale) {
        Caller caller = companyAdministrator();
        try {
            webhooks.create(caller.companyId(), url, secret, events, true);
            redirect.addFlashAttribute("notice", "admin.webhooks.created");
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", Bilingual.pick(e.getMessage(), locale));
            redirect.addFlashAttribute("url", url);
        }
        return "redirect:/admin/webhooks";
    }

    @PostMapping("/admin/webhooks/{id}/delete")
    String deleteWebhook(@PathVariable long id, RedirectAttributes redirect) {
        webhooks.delete(companyAdministrator().companyId(), id);
        redirect.addFlashAttribute("notice", "admin.webhooks.deleted");
        return "redirect:/admin/webhooks";
    }

    @GetMapping("/admin/naccs-users")
    String naccsUsers(Model model) {
        administrator();
        model.addAttribute("naccsUsers", naccsUsers.list(platformUsers.requireCurrent()));
        return "admin/naccs-users";
    }

    @PostMapping("/admin/naccs-users")
    String registerNaccsUser(@RequestParam String userCode, @RequestParam String identifier,
                             @RequestParam String password, @RequestParam(required = false) String charset,
                             RedirectAttributes redirect, Locale locale) {
        administrator();
        try {
            naccsUsers.register(platformUsers.requireCurrent(), userCode.trim(), identifier.trim(), password, charset);
            redirect.addFlashAttribute("notice", "admin.naccs.registered");
        } catch (ApiException e) {
            redirect.addFlashAttribute("error", Bilingual.pick(e.getMessage(), locale));
            redirect.addFlashAttribute("problems", e.fieldProblems());
            redirect.addFlashAttribute("userCode", userCode);
            redirect.addFlashAttribute("identifier", identifier);
        }
        return "redirect:/admin/naccs-users";
    }

    private Caller administrator() {
        Caller caller = callers.require();
        if (!caller.administrator() && !caller.operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only a company's administrator opens the admin menu"
                    + " / 管理メニューは管理者のみ利用できます");
        }
        return caller;
    }

    private Caller companyAdministrator() {
        Caller caller = callers.require();
        if (!caller.administrator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only a company's administrator manages its webhook targets"
                    + " / Webhook 通知先は企業の管理者のみ設定できます");
        }
        return caller;
    }
}
