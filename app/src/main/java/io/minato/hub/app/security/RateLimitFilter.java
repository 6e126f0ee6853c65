package io.minato.hub.app.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers 429 with Retry-After (whole seconds, at least 1) once the calling company has used its
 * requests per minute; runs after authentication, so it knows the company, and counts people, API
 * keys and OAuth2 clients of one company together.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private final RateLimits limits;
    private final Callers callers;

    RateLimitFilter(RateLimits limits, Callers callers) {
        this.limits = limits;
        this.callers = callers;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Optional<Caller> caller = callers.current().filter(c -> !c.operator());
        if (caller.isPresent()) {
            Duration wait = limits.take(caller.get().companyCode());
            if (!wait.isZero()) {
                long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
                response.setStatus(429);
                response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429,"
                        + "\"detail\":\"company " + caller.get().companyCode() + " has used its "
                        + limits.perMinute(caller.get().companyCode()) + " API requests per minute; retry after "
                        + seconds + " s / API 利用上限に達しました。" + seconds + " 秒後に再試行してください\","
                        + "\"retryAfterSeconds\":" + seconds + "}");
                return;
            }
        }
        chain.doFilter(request, response);
    }
}
