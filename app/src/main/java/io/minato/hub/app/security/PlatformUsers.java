package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Platform users: authentication (HTTP Basic looks them up here), registration, who is calling. */
@Service
public class PlatformUsers implements UserDetailsService {

    private final PlatformUserMapper mapper;
    private final PasswordEncoder encoder;

    PlatformUsers(PlatformUserMapper mapper, PasswordEncoder encoder) {
        this.mapper = mapper;
        this.encoder = encoder;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        String hash = mapper.passwordHash(login)
                .orElseThrow(() -> new UsernameNotFoundException("no active platform user " + login));
        return User.withUsername(login).password(hash).roles("USER").build();
    }

    /** Registers a user; the password is stored only as its hash. 409 if the login is taken. */
    @Transactional
    public PlatformUser register(String login, String displayName, String password, String partyCode) {
        Long partyId = partyCode == null ? null : mapper.partyId(partyCode)
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "party " + partyCode
                        + " does not exist"));
        Long id = mapper.insertIfAbsent(login, displayName, encoder.encode(password), partyId);
        if (id == null) {
            throw new ApiException(HttpStatus.CONFLICT, "platform user " + login + " exists already");
        }
        return mapper.find(id).orElseThrow();
    }

    /** Registers the user unless the login exists; true if it was registered now. */
    @Transactional
    public boolean registerIfAbsent(String login, String displayName, String password, String partyCode) {
        Long partyId = partyCode == null || partyCode.isBlank() ? null : mapper.partyId(partyCode)
                .orElseThrow(() -> new IllegalStateException("party " + partyCode + " does not exist"));
        return mapper.insertIfAbsent(login, displayName, encoder.encode(password), partyId) != null;
    }

    /** The id of a party (company) by its code. */
    public Optional<Long> partyId(String partyCode) {
        return mapper.partyId(partyCode);
    }

    public Optional<PlatformUser> findByLogin(String login) {
        return mapper.findByLogin(login);
    }

    /** The platform user of the current request, if it authenticated. */
    public Optional<PlatformUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || "anonymousUser".equals(authentication.getPrincipal())) {
            return Optional.empty();
        }
        return mapper.findByLogin(authentication.getName());
    }

    /** The platform user of the current request; 401 if it did not authenticate. */
    public PlatformUser requireCurrent() {
        return current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "log in (HTTP Basic) as a platform user / プラットフォーム利用者としてログインしてください"));
    }
}
