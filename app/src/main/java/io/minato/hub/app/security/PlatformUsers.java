package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import io.minato.hub.app.limits.CompanyLimits;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Platform users: authentication (HTTP Basic and the portal's login form look them up here),
 * registration, password changes, who is calling.
 *
 * <p>The user's state travels as Spring Security's account flags, so every login path refuses alike:
 * disabled → not enabled, suspended (unused for a year) → account expired, too many failed logins →
 * locked until the lock passes, an initial or invited password → credentials expired (only
 * {@code POST /api/v1/password-change} and the portal's first-login page take it). A suspended
 * company's people count as suspended. People of a system vendor (its only business type
 * SYSTEM_VENDOR) carry the authority {@link #API_ONLY}: the portal refuses them, the API takes them.
 */
@Service
public class PlatformUsers implements UserDetailsService {

    /** The authority of people who may use the API but not the portal (system vendors). */
    public static final String API_ONLY = "API_ONLY";

    private final PlatformUserMapper mapper;
    private final PasswordEncoder encoder;
    private final Callers callers;
    private final LoginAttempts loginAttempts;
    private final CompanyLimits limits;

    PlatformUsers(PlatformUserMapper mapper, PasswordEncoder encoder, Callers callers, LoginAttempts loginAttempts,
                  CompanyLimits limits) {
        this.limits = limits;
        this.mapper = mapper;
        this.encoder = encoder;
        this.callers = callers;
        this.loginAttempts = loginAttempts;
    }

    @Override
    public UserDetails loadUserByUsername(String login) {
        PlatformUserMapper.LoginRow row = mapper.loginRow(login)
                .orElseThrow(() -> new UsernameNotFoundException("no platform user " + login));
        OffsetDateTime now = OffsetDateTime.now();
        List<String> authorities = row.apiOnly()
                ? List.of("ROLE_USER", API_ONLY) : List.of("ROLE_USER");
        return User.withUsername(row.login()).password(row.passwordHash())
                .authorities(authorities.toArray(String[]::new))
                .disabled(!row.active() || row.disabledAt() != null)
                .accountExpired(row.suspendedAt() != null || row.companySuspended())
                .accountLocked(row.lockedUntil() != null && row.lockedUntil().isAfter(now))
                .credentialsExpired(row.mustChangePassword())
                .build();
    }

    /** Registers a user; the password is stored only as its hash. 409 if the login is taken. */
    @Transactional
    public PlatformUser register(NewUser user) {
        Long partyId = partyIdOf(user.partyCode());
        if (partyId != null) {
            limits.requireUserId(partyId);
        }
        Long id = mapper.insertIfAbsent(user.login(), user.displayName(), encoder.encode(user.password()), partyId,
                user.role(partyId), user.organizationId(), user.email(), user.mustChangePassword());
        if (id == null) {
            throw new ApiException(HttpStatus.CONFLICT, "platform user " + user.login() + " exists already"
                    + " / ログインID " + user.login() + " は既に使われています");
        }
        return mapper.find(id).orElseThrow();
    }

    /** Registers the user unless the login exists; true if it was registered now. */
    @Transactional
    public boolean registerIfAbsent(NewUser user) {
        Long partyId = partyIdOf(user.partyCode());
        return mapper.insertIfAbsent(user.login(), user.displayName(), encoder.encode(user.password()), partyId,
                user.role(partyId), user.organizationId(), user.email(), user.mustChangePassword()) != null;
    }

    private Long partyIdOf(String partyCode) {
        return partyCode == null || partyCode.isBlank() ? null : mapper.partyId(partyCode)
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "party " + partyCode
                        + " does not exist / 企業 " + partyCode + " は登録されていません"));
    }

    /**
     * Changes a password after checking the current one; this is also how an initial password is
     * replaced at first login. 401 for a wrong current password (it counts as a failed login, so it
     * runs without a surrounding transaction that would roll the count back).
     */
    public void changePassword(String login, String currentPassword, String newPassword) {
        PlatformUserMapper.LoginRow row = mapper.loginRow(login)
                .filter(r -> r.active() && r.disabledAt() == null && r.suspendedAt() == null)
                .orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED, "wrong login or password"
                        + " / ログインIDまたはパスワードが違います"));
        if (row.lockedUntil() != null && row.lockedUntil().isAfter(OffsetDateTime.now())) {
            throw new ApiException(HttpStatus.UNAUTHORIZED, "too many failed logins: locked until " + row.lockedUntil()
                    + " / ログイン失敗が続いたため " + row.lockedUntil() + " までロックされています");
        }
        if (!encoder.matches(currentPassword, row.passwordHash())) {
            loginAttempts.failed(login);
            throw new ApiException(HttpStatus.UNAUTHORIZED, "wrong login or password / ログインIDまたはパスワードが違います");
        }
        PasswordRules.check(login, currentPassword, newPassword);
        mapper.changePassword(row.id(), encoder.encode(newPassword), false);
    }

    /** Sets a password without the current one (an invitation link proved who it is); the user may log in. */
    @Transactional
    public void setPassword(long userId, String newPassword) {
        PlatformUser user = mapper.find(userId).orElseThrow(() -> ApiException.notFound("platform user", userId));
        PasswordRules.check(user.login(), null, newPassword);
        mapper.changePassword(userId, encoder.encode(newPassword), false);
    }

    /** Users unused since {@code before} are suspended; answers who was, for their notice mails. */
    @Transactional
    public List<PlatformUser> suspendUnusedSince(OffsetDateTime before) {
        return mapper.suspendUnusedSince(before);
    }

    /** True when the login belongs to a system vendor: API access only, no portal. */
    public boolean apiAccessOnly(String login) {
        return mapper.apiAccessOnly(login);
    }

    /** The id of a party (company) by its code. */
    public Optional<Long> partyId(String partyCode) {
        return mapper.partyId(partyCode);
    }

    public Optional<PlatformUser> findByLogin(String login) {
        return mapper.findByLogin(login);
    }

    public Optional<PlatformUser> find(long id) {
        return mapper.find(id);
    }

    /** The platform user of the current request, if a person authenticated (not an API key). */
    public Optional<PlatformUser> current() {
        return callers.current().filter(caller -> caller.userId() != null).flatMap(caller -> mapper.find(caller.userId()));
    }

    /** The platform user of the current request; 401 if no person authenticated. */
    public PlatformUser requireCurrent() {
        return current().orElseThrow(() -> new ApiException(HttpStatus.UNAUTHORIZED,
                "log in (HTTP Basic) as a platform user / プラットフォーム利用者としてログインしてください"));
    }

    /**
     * A user to register.
     *
     * @param partyCode          the company; null for an operator
     * @param administrator      the company's administrator rather than a member of an organization
     * @param mustChangePassword the password is initial: it must be changed at first login
     */
    public record NewUser(String login, String displayName, String password, String partyCode, boolean administrator,
                          Long organizationId, String email, boolean mustChangePassword) {

        /** A user as the configuration or the NACCS flow registers it: no organization, a password of its own. */
        public static NewUser of(String login, String displayName, String password, String partyCode) {
            return new NewUser(login, displayName, password, partyCode, false, null, null, false);
        }

        String role(Long partyId) {
            return partyId == null ? "OPERATOR" : administrator ? "ADMIN" : "USER";
        }
    }
}
