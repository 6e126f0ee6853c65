package io.minato.hub.app.portal;

import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.app.support.ApiException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import java.util.Set;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Login, and the first-login password change (初回パスワード変更) that an initial password leads to. */
@Controller
class LoginPages {

    private static final Set<String> LOGIN_ERRORS = Set.of("bad", "locked", "disabled", "suspended");

    private final PlatformUsers users;
    private final AuthenticationConfiguration authentication;
    private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    LoginPages(PlatformUsers users, AuthenticationConfiguration authentication) {
        this.users = users;
        this.authentication = authentication;
    }

    @GetMapping("/login")
    String login(@RequestParam(required = false) String error, @RequestParam(required = false) String logout,
                 Model model) {
        if (error != null) {
            model.addAttribute("errorKey", "login.error." + (LOGIN_ERRORS.contains(error) ? error : "bad"));
        }
        model.addAttribute("loggedOut", logout != null);
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/deals";
    }

    @GetMapping("/password/first")
    String firstPassword(HttpSession session, Model model) {
        Object login = session.getAttribute(LoginFailures.FIRST_LOGIN);
        if (login == null) {
            return "redirect:/login";
        }
        model.addAttribute("login", login);
        return "password-first";
    }

    /**
     * Replaces the initial password (the current one proves who it is, as on the API) and logs the
     * user in with the new one, in a new session id.
     */
    @PostMapping("/password/first")
    String changeFirstPassword(@RequestParam String currentPassword, @RequestParam String newPassword,
                               @RequestParam String confirmPassword, HttpServletRequest request,
                               HttpServletResponse response, Model model, Locale locale) throws Exception {
        Object login = request.getSession().getAttribute(LoginFailures.FIRST_LOGIN);
        if (login == null) {
            return "redirect:/login";
        }
        model.addAttribute("login", login);
        if (!newPassword.equals(confirmPassword)) {
            model.addAttribute("errorKey", "password.error.mismatch");
            return "password-first";
        }
        try {
            users.changePassword(login.toString(), currentPassword, newPassword);
        } catch (ApiException e) {
            model.addAttribute("error", Bilingual.pick(e.getMessage(), locale));
            return "password-first";
        }
        logIn(login.toString(), newPassword, request, response);
        return "redirect:/deals";
    }

    private void logIn(String login, String password, HttpServletRequest request, HttpServletResponse response)
            throws Exception {
        AuthenticationManager manager = authentication.getAuthenticationManager();
        Authentication authenticated = manager.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(login, password));
        request.getSession().removeAttribute(LoginFailures.FIRST_LOGIN);
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authenticated);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
    }
}
