package io.minato.hub.mappings.usage;

import java.time.LocalDate;
import java.util.List;

/**
 * A company's fiscal year (April to March) under the fee rules: its twelve months, the total, and when
 * it is invoiced (25 May of the following year) and due (20 days later) (第4条).
 *
 * @param fiscalYear the calendar year the fiscal year begins in (2026 for April 2026 – March 2027)
 */
public record FiscalYearStatement(String company, int fiscalYear, List<MonthlyUsage> months, long totalYen,
                                  LocalDate invoiceDate, LocalDate dueDate) {

    public FiscalYearStatement {
        months = List.copyOf(months);
    }
}
