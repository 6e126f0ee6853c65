package io.minato.hub.app.usage;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.minato.hub.app.company.CompanyAccess;
import io.minato.hub.app.company.CompanyRow;
import io.minato.hub.app.support.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 利用実績と利用料金: a company's month and fiscal year under the fee rules, for its administrator (and
 * the hub's operator), with every deal that counted and every one left out, so the invoice can be
 * checked against the company's own records.
 */
@RestController
@RequestMapping("/api/v1/usage/{company}")
@Tag(name = "usage", description = "Usage and fees (利用実績・利用料金) under the April 2026 fee rules")
class UsageController {

    private final CompanyAccess companies;
    private final UsageStatements statements;

    UsageController(CompanyAccess companies, UsageStatements statements) {
        this.companies = companies;
        this.statements = statements;
    }

    @GetMapping("/{month:[0-9]+-[0-9]+}")
    @Operation(summary = "A month: the fee, why, and every deal that counted or was left out")
    UsageView month(@PathVariable String company, @Parameter(example = "2026-05") @PathVariable String month) {
        UsageStatements.Month usage = statements.month(managed(company), parse(month));
        return UsageView.of(usage.usage(), usage.dealNumbers(), statements.rules());
    }

    @GetMapping(value = "/{month:[0-9]+-[0-9]+}.csv", produces = "text/csv")
    @Operation(summary = "A month's deals as CSV (UTF-8 with BOM, for Excel)")
    ResponseEntity<byte[]> monthCsv(@PathVariable String company, @PathVariable String month) throws JsonProcessingException {
        return UsageCsv.download(month(company, month));
    }

    @GetMapping("/fiscal-years/{year:[0-9]+}")
    @Operation(summary = "A fiscal year (April to March): each month's fee, the total, the invoice date (25 May) and due date")
    StatementView fiscalYear(@PathVariable String company,
                             @Parameter(description = "the year the fiscal year begins in", example = "2026") @PathVariable int year) {
        UsageStatements.Year statement = statements.fiscalYear(managed(company), year);
        return StatementView.of(statement.statement(), statements.rules());
    }

    private CompanyRow managed(String company) {
        return companies.manage(company).company();
    }

    private static YearMonth parse(String month) {
        try {
            return YearMonth.parse(month);
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "month " + month + " is not a month (yyyy-MM)"
                    + " / 対象月 " + month + " は yyyy-MM 形式で指定してください");
        }
    }

    /** A fiscal year as the API shows it. */
    record StatementView(String company, int fiscalYear, List<MonthLine> months, long totalYen, LocalDate invoiceDate,
                         LocalDate dueDate) {

        /** @param reduction the month's reduction (減額), null for none */
        record MonthLine(YearMonth month, String basis, int billableDeals, long feeYen, long feeBeforeReductionYen,
                         UsageView.Reduction reduction, String basisJa, String basisEn) {
        }

        static StatementView of(io.minato.hub.mappings.usage.FiscalYearStatement statement,
                                io.minato.hub.mappings.usage.FeeRules rules) {
            List<MonthLine> months = statement.months().stream()
                    .map(month -> new MonthLine(month.month(), month.basis().name(), month.billableDeals(), month.feeYen(),
                            month.feeBeforeReductionYen(), month.appliedReduction().map(UsageView.Reduction::of).orElse(null),
                            UsageView.basisJa(month, rules), UsageView.basisEn(month, rules)))
                    .toList();
            return new StatementView(statement.company(), statement.fiscalYear(), months, statement.totalYen(),
                    statement.invoiceDate(), statement.dueDate());
        }
    }
}
