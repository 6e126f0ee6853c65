package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import java.util.EnumSet;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The {@link Caller} of the current request. A person is looked up afresh for each request (an
 * administrator's change to a user's organization or a disabled account counts at once, also for
 * portal sessions); an API key's or OAuth2 client's caller comes with its authentication.
 */
@Component
public class Callers {

    private static final String CACHED = Callers.class.getName() + ".caller";

    private final PlatformUserMapper users;

    Callers(PlatformUserMapper users) {
        this.users = users;
    }

    public Optional<Caller> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return Optional.empty();
        }
        if (authentication instanceof ApiKeyAuthentication apiKey) {
            return Optional.of(apiKey.caller());
        }
        // an OAuth2 client's access token: its caller was looked up when the token was checked
        if (authentication.getPrincipal() instanceof Caller system) {
            return Optional.of(system);
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHED, RequestAttributes.SCOPE_REQUEST) instanceof Caller cached
                && cached.name().equals(authentication.getName())) {
            return Optional.of(cached);
        }
        Optional<Caller> caller = users.callerRow(authentication.getName()).map(Callers::toCaller);
        if (request != null) {
            caller.ifPresent(c -> request.setAttribute(CACHED, c, RequestAttributes.SCOPE_REQUEST));
        }
        return caller;
    }

    /** 401 unless someone authenticated. */
    public Caller require() {
        return current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "log in or send an API key / ログインするか API キーを送ってください"));
    }

    /** 401 unless someone authenticated, 403 unless it is the hub's operator. */
    public Caller requireOperator() {
        Caller caller = require();
        if (!caller.operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only the hub's operator may do this"
                    + " / この操作はプラットフォームの運営者だけが行えます");
        }
        return caller;
    }

    private static Caller toCaller(PlatformUserMapper.CallerRow row) {
        Caller.Kind kind = Caller.Kind.valueOf(row.role());
        EnumSet<BusinessType> types = EnumSet.noneOf(BusinessType.class);
        if (row.businessTypes() != null) {
            types.addAll(row.businessTypes());
        }
        return new Caller(kind, row.id(), row.login(), row.partyId(), row.partyCode(),
                kind == Caller.Kind.USER ? row.organizationId() : null, types);
    }
}
