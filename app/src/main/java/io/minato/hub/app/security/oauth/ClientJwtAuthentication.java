package io.minato.hub.app.security.oauth;

import io.minato.hub.app.security.Caller;
import java.util.List;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an OAuth2 client's access token: the company's system, scoped to that
 * company. The principal is the {@link Caller} itself, which {@code Callers} hands on as it is.
 */
final class ClientJwtAuthentication extends AbstractAuthenticationToken {

    private final Caller caller;

    ClientJwtAuthentication(Caller caller) {
        super(List.of(new SimpleGrantedAuthority("ROLE_API_CLIENT")));
        this.caller = caller;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Caller getPrincipal() {
        return caller;
    }

    @Override
    public String getName() {
        return caller.name();
    }
}
