package io.minato.hub.app.usage;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A month's deals as CSV, the same bytes for the API and the portal: UTF-8 with a BOM so that Excel,
 * which most companies check their invoice in, reads the Japanese right.
 */
public final class UsageCsv {

    private static final CsvMapper CSV = new CsvMapper();
    private static final CsvSchema MONTH_CSV = CSV.schemaFor(CsvRow.class).withHeader();

    private UsageCsv() {
    }

    /** The month as a download named usage-{company}-{yyyy-MM}.csv. */
    public static ResponseEntity<byte[]> download(UsageView view) throws JsonProcessingException {
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("usage-" + view.company() + "-" + view.month() + ".csv").build().toString())
                .body(month(view));
    }

    static byte[] month(UsageView view) throws JsonProcessingException {
        List<CsvRow> rows = new ArrayList<>();
        view.counted().forEach(deal -> rows.add(CsvRow.of(view.month(), deal)));
        view.excluded().forEach(deal -> rows.add(CsvRow.of(view.month(), deal)));
        if (view.reduction() != null) {
            rows.add(CsvRow.of(view.month(), view.reduction()));
        }
        return ("\uFEFF" + CSV.writer(MONTH_CSV).writeValueAsString(rows)).getBytes(StandardCharsets.UTF_8);
    }

    /** One deal of a month in the CSV: billable, in the allowance, or excluded and why; or the month's reduction (減額). */
    @JsonPropertyOrder({"month", "dealNo", "dealId", "result", "allowancePosition", "excludedBy", "firstOperation",
            "channel", "documentType", "at", "reductionYen", "reason"})
    record CsvRow(String month, String dealNo, Long dealId, String result, Integer allowancePosition, String excludedBy,
                  String firstOperation, String channel, String documentType, String at, Long reductionYen,
                  String reason) {

        static CsvRow of(YearMonth month, UsageView.Reduction reduction) {
            return new CsvRow(month.toString(), null, null, "REDUCTION", null, null, null, null, null, null,
                    reduction.yenOff(), reduction.reasonJa() + " / " + reduction.reasonEn());
        }

        static CsvRow of(YearMonth month, UsageView.Counted deal) {
            UsageView.Operation first = deal.firstOperation();
            return new CsvRow(month.toString(), deal.dealNo(), deal.dealId(), deal.billable() ? "BILLABLE" : "ALLOWANCE",
                    deal.allowancePosition(), null, first.operation(), first.channel(), first.documentType(),
                    first.at().toString(), null, null);
        }

        static CsvRow of(YearMonth month, UsageView.Excluded deal) {
            UsageView.Operation first = deal.firstOperation();
            return new CsvRow(month.toString(), deal.dealNo(), deal.dealId(), "EXCLUDED", null,
                    deal.rules().stream().map(UsageView.Rule::code).collect(Collectors.joining(" ")),
                    first.operation(), first.channel(), first.documentType(), first.at().toString(), null, null);
        }
    }
}
