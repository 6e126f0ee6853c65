package io.minato.hub.app.webhook;

import io.minato.hub.app.support.ApiException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A company's webhook targets (Webhook 通知先) as the API and the portal's admin page manage them; the
 * signing secret goes in encrypted and never comes out.
 */
@Service
public class WebhookTargets {

    /** A target as its company sees it: never the secret. {@code events} empty = all six. */
    public record Target(long id, String url, List<String> events, boolean active, OffsetDateTime createdAt,
                         OffsetDateTime updatedAt) {
    }

    private final WebhookMapper mapper;
    private final WebhookSecretCipher cipher;

    WebhookTargets(WebhookMapper mapper, WebhookSecretCipher cipher) {
        this.mapper = mapper;
        this.cipher = cipher;
    }

    public List<Target> list(long partyId) {
        return mapper.findTargets(partyId, null).stream()
                .map(row -> new Target(row.id(), row.url(), events(row.events()), row.active(), row.createdAt(),
                        row.updatedAt()))
                .toList();
    }

    /** Registers a target; 422 naming the field for a bad URL, secret or event. */
    @Transactional
    public long create(long partyId, String url, String secret, List<String> events, boolean active) {
        if (secret == null || secret.length() < 16 || secret.length() > 256) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "a webhook target needs a secret (16 to 256 characters)"
                    + " / 署名用シークレットは16文字以上256文字以下にしてください",
                    List.of(new ApiException.FieldProblem("secret", "must have 16 to 256 characters")));
        }
        String checkedUrl = url(url);
        String checkedEvents = events(events);
        long id = mapper.nextTargetId();
        mapper.insertTarget(id, partyId, checkedUrl, cipher.encrypt(secret, id), checkedEvents, active);
        return id;
    }

    public void delete(long partyId, long id) {
        if (mapper.deleteTarget(id, partyId) == 0) {
            throw ApiException.notFound("webhook target", id);
        }
    }

    static String url(String url) {
        URI uri;
        try {
            uri = URI.create(url == null ? "" : url.strip());
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "url is not a URI: " + e.getMessage(),
                    List.of(new ApiException.FieldProblem("url", "not a URI")));
        }
        if (!("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))
                || uri.getHost() == null) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "url must be an absolute http(s) URL",
                    List.of(new ApiException.FieldProblem("url", "must be an absolute http(s) URL")));
        }
        return uri.toString();
    }

    static String events(List<String> events) {
        if (events == null || events.isEmpty()) {
            return "";
        }
        for (String event : events) {
            if (!WebhookEvent.TYPES.contains(event)) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "unknown webhook event " + event
                        + "; one of " + WebhookEvent.TYPES,
                        List.of(new ApiException.FieldProblem("events", "unknown event " + event)));
            }
        }
        return events.stream().distinct().collect(Collectors.joining(","));
    }

    static List<String> events(String stored) {
        return stored == null || stored.isEmpty() ? List.of() : Arrays.asList(stored.split(","));
    }
}
