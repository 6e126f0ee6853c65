package io.minato.hub.app.limits;

import io.minato.hub.app.company.CompanyAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operator's switch over heavy functions under load (その他のシステム負荷状況による制限): how many bulk downloads a
 * company, or every company, may have at once, with the reason companies are shown; lifted, the configuration
 * holds again.
 */
@RestController
@RequestMapping("/api/v1/limits/load")
@Tag(name = "limits", description = "Usage limits (利用制限)")
class LoadLimitController {

    /**
     * @param company           the company's code; absent for every company
     * @param concurrentExports bulk downloads queued or running at once; 0 pauses them
     */
    record SwitchRequest(String company, Integer concurrentExports, String reasonJa, String reasonEn) {
    }

    /** What holds now: the configuration and the operator's switches over it. */
    record LoadView(int configuredConcurrentExports, Map<String, Integer> configuredCompanies,
                    List<LoadLimitMapper.Switch> switches) {
    }

    private final LoadLimitMapper mapper;
    private final LoadLimitSettings settings;
    private final CompanyAccess companies;
    private final Callers callers;

    LoadLimitController(LoadLimitMapper mapper, LoadLimitSettings settings, CompanyAccess companies, Callers callers) {
        this.mapper = mapper;
        this.settings = settings;
        this.companies = companies;
        this.callers = callers;
    }

    @GetMapping
    @Operation(summary = "The limits on heavy functions: configured, and the operator's switches (operator)")
    LoadView show() {
        callers.requireOperator();
        return new LoadView(settings.concurrentExports(), settings.companies(), mapper.all());
    }

    @PutMapping
    @Operation(summary = "Tighten (or set) how many bulk downloads a company, or every company, may run at once (operator)")
    LoadView put(@RequestBody SwitchRequest request) {
        Caller operator = callers.requireOperator();
        if (request.concurrentExports() == null || request.concurrentExports() < 0) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "concurrentExports must be 0 (paused) or more"
                    + " / concurrentExports は 0（一時停止）以上で指定してください");
        }
        mapper.put(partyId(request.company()), request.concurrentExports(), blankToNull(request.reasonJa()),
                blankToNull(request.reasonEn()), operator.name());
        return show();
    }

    @DeleteMapping
    @Operation(summary = "Lift the operator's switch of a company, or the one for every company (operator)")
    ResponseEntity<Void> lift(@RequestParam(required = false) String company) {
        callers.requireOperator();
        if (mapper.remove(partyId(company)) == 0) {
            throw new ApiException(HttpStatus.NOT_FOUND, "no load limit is switched on for "
                    + (company == null ? "every company" : "company " + company)
                    + " / " + (company == null ? "全企業" : "企業 " + company) + " に対する負荷制限は設定されていません");
        }
        return ResponseEntity.noContent().build();
    }

    private Long partyId(String company) {
        return company == null || company.isBlank() ? null : companies.manage(company).company().id();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
