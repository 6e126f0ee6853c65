package io.minato.hub.app.event;

import io.minato.hub.app.security.Caller;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who made a change and through which channel: a person's login or an API key's id, the company it
 * acted for, and the way in. The timeline shows it next to every event.
 *
 * @param channel the way the change came in
 * @param name    the login, {@code key:<id>} for an API key, a partner code for EDIFACT, or the hub's job name
 * @param userId  the platform user, if a person
 * @param partyId the company acted for; null for the hub's operator and the hub itself
 */
public record Actor(EventChannel channel, String name, Long userId, Long partyId) {

    private static final String API_PREFIX = "/api/";

    public Actor {
        if (channel == null || name == null || name.isBlank()) {
            throw new IllegalArgumentException("an actor needs its channel and name");
        }
    }

    /**
     * The caller of the current request: API_KEY for an API key, API for a person calling
     * {@code /api/**}, PORTAL for a person on the portal's pages.
     */
    public static Actor of(Caller caller) {
        return new Actor(channelOf(caller), caller.name(), caller.userId(), caller.companyId());
    }

    /** The hub acting on its own (a job, a schedule). */
    public static Actor system(String name) {
        return new Actor(EventChannel.SYSTEM, name, null, null);
    }

    private static EventChannel channelOf(Caller caller) {
        if (caller.kind() == Caller.Kind.API_CLIENT) {
            return EventChannel.API_KEY;
        }
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            String path = request.getRequestURI().substring(request.getContextPath().length());
            return path.startsWith(API_PREFIX) ? EventChannel.API : EventChannel.PORTAL;
        }
        // a person acting outside a request can only be the hub working on their behalf
        return EventChannel.SYSTEM;
    }
}
