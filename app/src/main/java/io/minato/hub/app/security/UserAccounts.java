package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import java.util.List;
import io.minato.hub.app.limits.CompanyLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a company's administrator (or the hub's operator) does to the company's accounts: list them
 * with their state, disable and enable, lift a login lock, reactivate a suspended account. The
 * caller's right to manage the company is checked before; the rules here are about the accounts.
 */
@Service
public class UserAccounts {

    private final PlatformUserMapper mapper;
    private final CompanyLimits limits;

    UserAccounts(PlatformUserMapper mapper, CompanyLimits limits) {
        this.limits = limits;
        this.mapper = mapper;
    }

    public List<CompanyUser> list(long companyId) {
        return mapper.companyUsers(companyId);
    }

    public CompanyUser get(long companyId, long userId) {
        return mapper.companyUser(companyId, userId)
                .orElseThrow(() -> ApiException.notFound("user of this company", userId));
    }

    /** A disabled user is refused at once (401), also in a running portal session. */
    @Transactional
    public CompanyUser disable(Caller by, long companyId, long userId) {
        CompanyUser user = get(companyId, userId);
        if (by.userId() != null && by.userId() == userId) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "you cannot disable yourself"
                    + " / 自分自身は無効にできません");
        }
        if ("ADMIN".equals(user.role()) && !by.operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "a company's administrator is disabled by the hub's operator"
                    + " / 企業の管理者を無効にできるのは運営者だけです");
        }
        mapper.disable(companyId, userId);
        return get(companyId, userId);
    }

    @Transactional
    public CompanyUser enable(long companyId, long userId) {
        if ("DISABLED".equals(get(companyId, userId).state())) {
            limits.requireUserId(companyId);
        }
        mapper.enable(companyId, userId);
        return get(companyId, userId);
    }

    /** Lifts a lock from failed logins before it runs out. */
    @Transactional
    public CompanyUser unlock(long companyId, long userId) {
        get(companyId, userId);
        mapper.unlock(companyId, userId);
        return get(companyId, userId);
    }

    /** Ends a suspension for unused accounts; the next year counts from now. */
    @Transactional
    public CompanyUser reactivate(long companyId, long userId) {
        get(companyId, userId);
        mapper.reactivate(companyId, userId);
        return get(companyId, userId);
    }
}
