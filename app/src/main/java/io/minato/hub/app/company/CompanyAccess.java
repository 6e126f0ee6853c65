package io.minato.hub.app.company;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who may look at and manage a company: the hub's operator any company, a company's administrator
 * its own. Plain users and API keys see their company but manage nothing of it.
 */
@Component
public class CompanyAccess {

    /** The company and who asks, once the caller may manage it. */
    public record Managed(CompanyRow company, Caller caller) {
    }

    private final CompanyMapper companies;
    private final Callers callers;

    CompanyAccess(CompanyMapper companies, Callers callers) {
        this.companies = companies;
        this.callers = callers;
    }

    /** 401 without a login, 404 for an unknown code, 403 unless the operator or the company's administrator. */
    public Managed manage(String code) {
        Caller caller = callers.require();
        CompanyRow company = find(code);
        if (!caller.operator() && !(caller.administrator() && caller.actsFor(company.id()))) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only company " + code + "'s administrator or the hub's"
                    + " operator manages it / 企業 " + code + " を管理できるのは同社の管理者と運営者だけです");
        }
        return new Managed(company, caller);
    }

    /** 403 unless the operator or someone (or a system) of the company. */
    public Managed view(String code) {
        Caller caller = callers.require();
        CompanyRow company = find(code);
        if (!caller.operator() && !caller.actsFor(company.id())) {
            throw new ApiException(HttpStatus.FORBIDDEN, "company " + code + " is not yours"
                    + " / 企業 " + code + " の情報は参照できません");
        }
        return new Managed(company, caller);
    }

    CompanyRow find(String code) {
        return companies.find(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "company " + code + " does not exist / 企業 " + code + " は登録されていません"));
    }
}
