package io.minato.hub.app.company;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.CompanyUser;
import io.minato.hub.app.security.Invitations;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.UserAccounts;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers a platform company with its one administrator, who is invited by mail: both or neither
 * (a mail that cannot be sent undoes the registration).
 */
@Service
class CompanyRegistry {

    record Registered(CompanyView company, CompanyUser administrator) {
    }

    private final CompanyMapper companies;
    private final Invitations invitations;
    private final UserAccounts accounts;

    CompanyRegistry(CompanyMapper companies, Invitations invitations, UserAccounts accounts) {
        this.companies = companies;
        this.invitations = invitations;
        this.accounts = accounts;
    }

    @Transactional
    Registered register(String code, String name, List<BusinessType> businessTypes, Invitations.Invitee administrator,
                        Caller operator) {
        Long id = companies.registerMember(code, name, businessTypes.stream().distinct().toList());
        if (id == null) {
            throw new ApiException(HttpStatus.CONFLICT, "company " + code + " is registered already"
                    + " / 企業 " + code + " は登録済みです");
        }
        PlatformUser admin = invitations.invite(id, administrator, operator.userId());
        CompanyRow company = companies.find(code).orElseThrow();
        return new Registered(CompanyView.of(company, List.of()), accounts.get(id, admin.id()));
    }
}
