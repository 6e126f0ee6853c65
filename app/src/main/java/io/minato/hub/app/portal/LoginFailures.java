package io.minato.hub.app.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Where a failed login goes. The account states {@code PlatformUsers} reports as Spring Security's
 * flags each get their own message on the login page; an initial password that was right but must be
 * changed (credentials expired, checked only after the password matched) leads to the first-password
 * page, remembering only the login, never the password.
 */
@Component
class LoginFailures implements AuthenticationFailureHandler {

    static final String FIRST_LOGIN = LoginFailures.class.getName() + ".login";

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof CredentialsExpiredException) {
            request.getSession().setAttribute(FIRST_LOGIN, request.getParameter("username"));
            response.sendRedirect(request.getContextPath() + "/password/first");
            return;
        }
        response.sendRedirect(request.getContextPath() + "/login?error=" + reason(exception));
    }

    /** The key of the login page's message: login.error.&lt;reason&gt;. */
    static String reason(AuthenticationException exception) {
        if (exception instanceof LockedException) {
            return "locked";
        }
        if (exception instanceof DisabledException) {
            return "disabled";
        }
        if (exception instanceof AccountExpiredException) {
            return "suspended";
        }
        return "bad";
    }
}
