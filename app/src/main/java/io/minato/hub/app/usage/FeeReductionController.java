package io.minato.hub.app.usage;

import io.minato.hub.app.company.CompanyAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.usage.FeeReduction;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * 減額 (fee rules 第6条: 災害時等の特定の条件下においては、月額利用料金を減額できる): the hub's operator records, lists
 * and deletes reductions of the monthly fee, for one company or all, over a month or a range of months. The
 * month's explanation (API, CSV, portal, fiscal year) shows the reduction and its reason.
 */
@RestController
@RequestMapping("/api/v1/fee-reductions")
@Tag(name = "usage", description = "Usage and fees (利用実績・利用料金) under the April 2026 fee rules")
class FeeReductionController {

    /**
     * A reduction as the operator asks for it.
     *
     * @param company   the company's code; absent for every company
     * @param from      the first month (yyyy-MM)
     * @param to        the last month (yyyy-MM); absent for {@code from} alone
     * @param kind      PERCENT, AMOUNT or EXEMPTION (全額免除)
     * @param percent   for PERCENT, 1 to 100
     * @param amountYen for AMOUNT, yen off each month's fee
     */
    record ReductionRequest(String company, String from, String to, String kind, Integer percent, Long amountYen,
                            String reasonJa, String reasonEn) {
    }

    /** @param company null for every company */
    record ReductionView(long id, String company, YearMonth from, YearMonth to, String kind, Integer percent,
                         Long amountYen, String reasonJa, String reasonEn, String createdBy, OffsetDateTime createdAt) {

        static ReductionView of(FeeReductionMapper.Row row) {
            return new ReductionView(row.id(), row.companyCode(), YearMonth.from(row.firstMonth()),
                    YearMonth.from(row.lastMonth()), row.kind(), row.percent(), row.amountYen(), row.reasonJa(),
                    row.reasonEn(), row.createdBy(), row.createdAt());
        }
    }

    private final FeeReductions reductions;
    private final CompanyAccess companies;
    private final Callers callers;

    FeeReductionController(FeeReductions reductions, CompanyAccess companies, Callers callers) {
        this.reductions = reductions;
        this.companies = companies;
        this.callers = callers;
    }

    @PostMapping
    @Operation(summary = "Record a fee reduction (減額) for a company or all, a month or a range (operator)")
    ResponseEntity<ReductionView> create(@RequestBody ReductionRequest request) {
        Caller operator = callers.requireOperator();
        Long partyId = blank(request.company()) ? null : companies.manage(request.company()).company().id();
        FeeReduction reduction = reduction(request);
        long id = reductions.record(partyId, reduction, operator.name());
        ReductionView view = ReductionView.of(reductions.find(id).orElseThrow());
        return ResponseEntity.created(URI.create("/api/v1/fee-reductions/" + id)).body(view);
    }

    @GetMapping
    @Operation(summary = "The fee reductions in force, newest month first; with company, those that apply to it (operator)")
    List<ReductionView> list(@RequestParam(required = false) String company) {
        callers.requireOperator();
        Long partyId = blank(company) ? null : companies.manage(company).company().id();
        return reductions.list(partyId).stream().map(ReductionView::of).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "A fee reduction (operator)")
    ReductionView one(@PathVariable long id) {
        callers.requireOperator();
        return ReductionView.of(reductions.find(id).orElseThrow(() -> ApiException.notFound("fee reduction", id)));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a fee reduction: the months it covered cost again what the rules say (operator)")
    ResponseEntity<Void> delete(@PathVariable long id) {
        Caller operator = callers.requireOperator();
        if (!reductions.delete(id, operator.name())) {
            throw ApiException.notFound("fee reduction", id);
        }
        return ResponseEntity.noContent().build();
    }

    private static FeeReduction reduction(ReductionRequest request) {
        YearMonth from = month("from", request.from());
        YearMonth to = blank(request.to()) ? from : month("to", request.to());
        if (to.isBefore(from)) {
            throw invalid("to " + to + " is before from " + from, "終了月 " + to + " が開始月 " + from + " より前です");
        }
        FeeReduction.Kind kind = kind(request.kind());
        if (kind == FeeReduction.Kind.PERCENT && (request.percent() == null || request.percent() < 1
                || request.percent() > 100)) {
            throw invalid("a PERCENT reduction needs percent from 1 to 100", "減額率（percent）は 1〜100 で指定してください");
        }
        if (kind == FeeReduction.Kind.AMOUNT && (request.amountYen() == null || request.amountYen() < 1)) {
            throw invalid("an AMOUNT reduction needs amountYen of 1 or more", "減額金額（amountYen）は 1 円以上で指定してください");
        }
        if (blank(request.reasonJa()) || blank(request.reasonEn())) {
            throw invalid("reasonJa and reasonEn say why, both are required",
                    "減額の理由を日本語（reasonJa）と英語（reasonEn）の両方で指定してください");
        }
        return new FeeReduction(0, request.company(), from, to, kind,
                kind == FeeReduction.Kind.PERCENT ? request.percent() : null,
                kind == FeeReduction.Kind.AMOUNT ? request.amountYen() : null,
                request.reasonJa().strip(), request.reasonEn().strip());
    }

    private static FeeReduction.Kind kind(String kind) {
        try {
            return FeeReduction.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            throw invalid("kind " + kind + " is none of PERCENT, AMOUNT, EXEMPTION",
                    "減額の種類（kind）は PERCENT、AMOUNT、EXEMPTION のいずれかです");
        }
    }

    private static YearMonth month(String name, String month) {
        try {
            return YearMonth.parse(month == null ? "" : month);
        } catch (DateTimeParseException e) {
            throw invalid(name + " " + month + " is not a month (yyyy-MM)", name + " " + month + " は yyyy-MM 形式で指定してください");
        }
    }

    private static ApiException invalid(String english, String japanese) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, english + " / " + japanese);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
