package io.minato.hub.app.portal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.minato.hub.app.company.CompanyAccess;
import io.minato.hub.app.company.CompanyAdministration;
import io.minato.hub.app.company.CompanyRow;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.usage.UsageCsv;
import io.minato.hub.app.usage.UsageStatements;
import io.minato.hub.app.usage.UsageView;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.usage.FeeRules;
import io.minato.hub.mappings.usage.FiscalYearStatement;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * 利用実績・利用料金: a company's month (the fee and why, each deal that counted and each left out, the
 * place in the 100-deal allowance) and its fiscal year, for its administrator and the hub's operator
 * (who picks the company first). The figures come from {@link UsageStatements}, as the API's, so the
 * page, the API and the CSV never disagree; the CSV is streamed here because the API's chain is
 * stateless and does not take the portal's session.
 */
@Controller
class UsagePages {

    private static final String PAGE = "/admin/usage";

    /** A deal that counted, labelled in the page's language. */
    record CountedLine(long dealId, String dealNo, String operation, String channel, String documentType, String at,
                       boolean billable, Integer allowancePosition) {
    }

    /** A deal left out, with the rules in the page's language. */
    record ExcludedLine(long dealId, String dealNo, String rules, String operation, String channel,
                        String documentType, String at) {
    }

    /** A month of the fiscal year: its fee and why. */
    record MonthLine(YearMonth month, int billableDeals, long feeYen, String basis) {
    }

    private final CompanyAccess access;
    private final CompanyAdministration administration;
    private final UsageStatements statements;
    private final Callers callers;
    private final Labels labels;
    private final PortalFormat format;

    UsagePages(CompanyAccess access, CompanyAdministration administration, UsageStatements statements, Callers callers,
               Labels labels, PortalFormat format) {
        this.access = access;
        this.administration = administration;
        this.statements = statements;
        this.callers = callers;
        this.labels = labels;
        this.format = format;
    }

    @GetMapping(PAGE)
    String month(@RequestParam(required = false) String company, @RequestParam(required = false) String month,
                 Model model, Locale locale) {
        Optional<CompanyRow> managed = managed(company, model);
        if (managed.isEmpty()) {
            return "admin/company-picker";
        }
        YearMonth shown = month == null || month.isBlank() ? YearMonth.now(rules().zone()) : parse(month.strip());
        UsageView view = view(statements.month(managed.get(), shown));
        boolean english = Labels.english(locale);
        model.addAttribute("usage", view);
        model.addAttribute("basis", english ? view.basisEn() : view.basisJa());
        model.addAttribute("reductionReason", view.reduction() == null ? null
                : english ? view.reduction().reasonEn() : view.reduction().reasonJa());
        model.addAttribute("counted", view.counted().stream().map(deal -> counted(deal, locale)).toList());
        model.addAttribute("excluded", view.excluded().stream().map(deal -> excluded(deal, locale)).toList());
        model.addAttribute("previous", shown.minusMonths(1));
        model.addAttribute("next", shown.plusMonths(1));
        model.addAttribute("fiscalYear", fiscalYearOf(shown));
        return "admin/usage";
    }

    /** The same CSV as {@code GET /api/v1/usage/{company}/{yyyy-MM}.csv}, for the portal's session. */
    @GetMapping(PAGE + "/{month:[0-9]+-[0-9]+}.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String company, @PathVariable String month)
            throws JsonProcessingException {
        return UsageCsv.download(view(statements.month(company(company), parse(month))));
    }

    @GetMapping(PAGE + "/fiscal-years/{year:[0-9]{4}}")
    String fiscalYear(@RequestParam(required = false) String company, @PathVariable int year, Model model,
                      Locale locale) {
        Optional<CompanyRow> managed = managed(company, model);
        if (managed.isEmpty()) {
            return "admin/company-picker";
        }
        UsageStatements.Year statement = statements.fiscalYear(managed.get(), year);
        FiscalYearStatement figures = statement.statement();
        boolean english = Labels.english(locale);
        model.addAttribute("statement", figures);
        model.addAttribute("months", figures.months().stream().map(month -> {
            UsageView view = UsageView.of(month, statement.dealNumbers(), rules());
            return new MonthLine(view.month(), view.billableDeals(), view.feeYen(),
                    english ? view.basisEn() : view.basisJa());
        }).toList());
        model.addAttribute("year", year);
        return "admin/usage-year";
    }

    private UsageView view(UsageStatements.Month month) {
        return UsageView.of(month.usage(), month.dealNumbers(), rules());
    }

    private CountedLine counted(UsageView.Counted deal, Locale locale) {
        UsageView.Operation first = deal.firstOperation();
        return new CountedLine(deal.dealId(), deal.dealNo(), operation(first, locale), channel(first, locale),
                documentType(first.documentType(), locale), format.time(first.at()), deal.billable(),
                deal.allowancePosition());
    }

    private ExcludedLine excluded(UsageView.Excluded deal, Locale locale) {
        UsageView.Operation first = deal.firstOperation();
        boolean english = Labels.english(locale);
        String rules = deal.rules().stream().map(rule -> english ? rule.en() : rule.ja())
                .collect(Collectors.joining(english ? "; " : "、"));
        return new ExcludedLine(deal.dealId(), deal.dealNo(), rules, operation(first, locale), channel(first, locale),
                documentType(first.documentType(), locale), format.time(first.at()));
    }

    private String operation(UsageView.Operation first, Locale locale) {
        return labels.message("usage.operation." + first.operation(), locale);
    }

    private String channel(UsageView.Operation first, Locale locale) {
        return labels.message("usage.channel." + first.channel(), locale);
    }

    /** Messages and settings name no document type; a code the enum lacks is shown as it is. */
    private String documentType(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        return Arrays.stream(DocumentType.values()).filter(type -> type.name().equals(code)).findFirst()
                .map(type -> code + " " + labels.documentType(type, locale))
                .orElse(code);
    }

    /**
     * The company the page shows: the one asked for, else the caller's own; empty when the operator has
     * not picked one yet (the picker is in the model then). 403 for anyone who does not manage it.
     */
    private Optional<CompanyRow> managed(String requested, Model model) {
        Caller caller = callers.require();
        if (blank(requested) && caller.companyCode() == null) {
            model.addAttribute("companies", administration.companies());
            model.addAttribute("page", PAGE);
            model.addAttribute("pageTitle", "admin.usage");
            return Optional.empty();
        }
        CompanyRow company = company(requested);
        model.addAttribute("company", company);
        return Optional.of(company);
    }

    private CompanyRow company(String requested) {
        String code = blank(requested) ? callers.require().companyCode() : requested.strip();
        if (code == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "name the company (?company=CODE)"
                    + " / 企業を指定してください（?company=企業コード）");
        }
        return access.manage(code).company();
    }

    private FeeRules rules() {
        return statements.rules();
    }

    /** The fiscal year (April to March) a month belongs to, named by the year it begins in. */
    private static int fiscalYearOf(YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "month " + month + " is not a month (yyyy-MM)"
                    + " / 対象月 " + month + " は yyyy-MM 形式で指定してください");
        }
    }
}
