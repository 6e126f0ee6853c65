package io.minato.hub.app.security.oauth;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * The bearer tokens that are access tokens: all but API keys ({@code Bearer mk_…}, read by the API key
 * filter). Without the exception the resource server would try an API key as a JWT and refuse it.
 */
final class JwtBearerTokenResolver implements BearerTokenResolver {

    /** How every API key starts ({@code mk_<key id>_<secret>}, see {@code ApiKeys}). */
    private static final String API_KEY_PREFIX = "mk_";
    private static final String BEARER = "Bearer ";

    private final DefaultBearerTokenResolver standard = new DefaultBearerTokenResolver();

    @Override
    public String resolve(HttpServletRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
                && authorization.substring(BEARER.length()).strip().startsWith(API_KEY_PREFIX)) {
            return null;
        }
        return standard.resolve(request);
    }
}
