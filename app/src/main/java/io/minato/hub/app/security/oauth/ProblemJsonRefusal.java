package io.minato.hub.app.security.oauth;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.web.BearerTokenAuthenticationEntryPoint;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * A refused access token as RFC 7807 problem+json, like every other error of the API, with the
 * standard {@code WWW-Authenticate: Bearer error="invalid_token", …} header (RFC 6750) beside it.
 */
final class ProblemJsonRefusal implements AuthenticationEntryPoint {

    private final BearerTokenAuthenticationEntryPoint standard = new BearerTokenAuthenticationEntryPoint();
    private final ObjectMapper json;

    ProblemJsonRefusal(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refusal)
            throws IOException {
        standard.commence(request, response, refusal);
        HttpStatus status = HttpStatus.valueOf(response.getStatus());
        String reason = refusal instanceof OAuth2AuthenticationException oauth
                && oauth.getError().getDescription() != null ? oauth.getError().getDescription() : refusal.getMessage();
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", "the access token was refused: " + reason
                + " / アクセストークンが無効です（期限切れ・取り消し済み・不正のいずれか）");
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getWriter(), problem);
    }
}
