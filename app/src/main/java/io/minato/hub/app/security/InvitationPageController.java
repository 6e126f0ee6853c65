package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page the invitation mail links to: shows whom it invites, takes the new password twice and
 * activates the account. Errors are shown on the page with the status the API would answer.
 */
@Controller
class InvitationPageController {

    private static final String FORM = "invitation/form";
    private static final String INVALID = "invitation/invalid";

    private final Invitations invitations;

    InvitationPageController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitation")
    String form(@RequestParam(required = false) String token, Model model, HttpServletResponse response) {
        try {
            model.addAttribute("invitation", invitations.look(token));
            model.addAttribute("token", token);
            return FORM;
        } catch (ApiException e) {
            return invalid(e, model, response);
        }
    }

    @PostMapping("/invitation")
    String accept(@RequestParam String token, @RequestParam String password, @RequestParam String confirmation,
                  Model model, HttpServletResponse response) {
        Invitations.InvitationView invitation;
        try {
            invitation = invitations.look(token);
        } catch (ApiException e) {
            return invalid(e, model, response);
        }
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        if (!password.equals(confirmation)) {
            return formError("パスワードが一致しません / The two passwords differ", model, response);
        }
        try {
            invitations.accept(token, password);
        } catch (ApiException e) {
            if (e.status() == HttpStatus.UNPROCESSABLE_ENTITY) {
                return formError(e.getMessage(), model, response);
            }
            return invalid(e, model, response);
        }
        return "invitation/accepted";
    }

    private static String formError(String message, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
        model.addAttribute("error", message);
        return FORM;
    }

    private static String invalid(ApiException e, Model model, HttpServletResponse response) {
        response.setStatus(e.status().value());
        model.addAttribute("error", e.getMessage());
        return INVALID;
    }
}
