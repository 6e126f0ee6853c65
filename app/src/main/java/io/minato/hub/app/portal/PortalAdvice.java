package io.minato.hub.app.portal;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.permission.DocumentAccessDeniedException;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * What every portal page has: the header (who is logged in, for which company, the language switch),
 * and errors as a page in the user's language rather than the API's problem+json. Runs before the
 * API's advice, for the portal's controllers only.
 */
@ControllerAdvice(basePackageClasses = PortalAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PortalAdvice {

    private static final Logger log = LoggerFactory.getLogger(PortalAdvice.class);

    /** The header's user; null on pages seen before login. */
    record Me(String login, String displayName, String companyCode, String companyName, boolean administrator,
              boolean operator) {
    }

    private final Callers callers;
    private final PlatformUsers users;
    private final PortalMapper portal;

    PortalAdvice(Callers callers, PlatformUsers users, PortalMapper portal) {
        this.callers = callers;
        this.users = users;
        this.portal = portal;
    }

    @ModelAttribute("me")
    Me me() {
        return callers.current().map(caller -> {
            String displayName = users.current().map(PlatformUser::displayName).orElse(caller.name());
            String company = caller.companyId() == null ? null : portal.companyName(caller.companyId()).orElse(null);
            return new Me(caller.name(), displayName, caller.companyCode(), company, caller.administrator(),
                    caller.operator());
        }).orElse(null);
    }

    @ModelAttribute("language")
    String language(Locale locale) {
        return Labels.english(locale) ? "en" : "ja";
    }

    /** This page in the other language (same query, lang changed). */
    @ModelAttribute("switchLanguageUrl")
    String switchLanguageUrl(Locale locale) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam(PortalConfiguration.LANGUAGE_PARAMETER, Labels.english(locale) ? "ja" : "en")
                .build().toUriString();
    }

    @ExceptionHandler(ApiException.class)
    ModelAndView onApiException(ApiException e, HttpServletResponse response, Locale locale) {
        if (e.status().is5xxServerError()) {
            log.error("portal page answered {}: {}", e.status().value(), e.getMessage(), e);
        }
        return errorPage(e.status(), Bilingual.pick(e.getMessage(), locale), response, locale);
    }

    @ExceptionHandler(DocumentAccessDeniedException.class)
    ModelAndView onDenied(DocumentAccessDeniedException e, HttpServletResponse response, Locale locale) {
        return errorPage(HttpStatus.FORBIDDEN, Labels.english(locale) ? e.englishMessage() : e.japaneseMessage(), response,
                locale);
    }

    private ModelAndView errorPage(HttpStatus status, String message, HttpServletResponse response, Locale locale) {
        response.setStatus(status.value());
        ModelAndView page = new ModelAndView("portal-error");
        page.setStatus(status);
        page.addObject("status", status.value());
        page.addObject("message", message);
        page.addObject("me", me());
        page.addObject("language", language(locale));
        page.addObject("switchLanguageUrl", switchLanguageUrl(locale));
        return page;
    }
}
