package io.minato.hub.app.colins;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.colins.ColinsTerminal;
import io.minato.hub.mappings.colins.ColinsTerminals;
import io.minato.hub.mappings.colins.VesselMovement;
import io.minato.hub.routes.colins.ColinsConsent;
import io.minato.hub.routes.colins.ColinsPollOutcome;
import io.minato.hub.routes.colins.ColinsPollingRoute;
import io.minato.hub.routes.colins.ColinsSettings;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.camel.ProducerTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Colins data as structured data (terms annex 1.3.3, Colins 連携データの取得 API) and input assistance (1.3.1).
 *
 * <p>Who may ask: Colins data is public to the platform's users, so any authenticated caller — a company's
 * user, administrator or API key, or the operator — may query it. It belongs to no deal, so there is
 * nothing for {@code DealAccess} to check; what the terms restrict is which terminals' data is passed on
 * at all, and only consenting terminals' records are ever stored. Polling and the connection's status are
 * the operator's.
 */
@RestController
@Validated
@RequestMapping("/api/v1/colins")
@Tag(name = "Colins", description = "船舶動静情報・CY搬出可否情報・CY輸出コンテナ情報 (Colins data of consenting terminals)")
class ColinsController {

    private static final String ONE_OF = "give exactly one of %s and %s / %s と %s のどちらか一方を指定してください";

    private final ColinsMapper mapper;
    private final Callers callers;
    private final ProducerTemplate producer;
    private final ColinsSettings settings;
    private final ColinsConsent consent;

    ColinsController(ColinsMapper mapper, Callers callers, ProducerTemplate producer, ColinsSettings settings,
                     ColinsConsent consent) {
        this.mapper = mapper;
        this.callers = callers;
        this.producer = producer;
        this.settings = settings;
        this.consent = consent;
    }

    @GetMapping("/vessel-movements")
    @Operation(summary = "船舶動静情報: vessel calls (latest version per vessel, voyage and terminal)",
            description = "Scheduled/actual arrival and departure and the cargo cut-off (一括搬入締切) of container"
                    + " ships; filters are optional and combine. Any authenticated caller.")
    List<VesselMovementView> vesselMovements(
            @Parameter(description = "part of the vessel name, any case") @RequestParam(required = false) String vesselName,
            @Parameter(description = "voyage number, exactly") @RequestParam(required = false) String voyageNo,
            @Parameter(description = "UN/LOCODE of the port, e.g. JPTYO") @RequestParam(required = false) String port,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        callers.require();
        return mapper.vesselMovements(blankToNull(vesselName), blankToNull(voyageNo), blankToNull(port), limit);
    }

    @GetMapping("/import-release")
    @Operation(summary = "CY搬出可否情報: may the import container leave the yard",
            description = "By container number or B/L number (exactly one). Any authenticated caller.")
    List<ImportReleaseView> importRelease(@RequestParam(required = false) String containerNo,
                                          @RequestParam(required = false) String blNo,
                                          @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        callers.require();
        requireExactlyOne(containerNo, "containerNo", blNo, "blNo");
        return mapper.importReleases(blankToNull(containerNo), blankToNull(blNo), limit);
    }

    @GetMapping("/export-status")
    @Operation(summary = "CY輸出コンテナ情報: may the export container be delivered into the yard, and where it stands",
            description = "By container number or booking number (exactly one). Any authenticated caller.")
    List<ExportStatusView> exportStatus(@RequestParam(required = false) String containerNo,
                                        @RequestParam(required = false) String bookingNo,
                                        @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        callers.require();
        requireExactlyOne(containerNo, "containerNo", bookingNo, "bookingNo");
        return mapper.exportStatuses(blankToNull(containerNo), blankToNull(bookingNo), limit);
    }

    @GetMapping("/schedule")
    @Operation(summary = "Input assistance: the Colins schedule of a voyage, to prefill ETA/ETD/cut-off",
            description = "vessel is the vessel name, IMO number or call sign; carrierCode (SCAC) narrows to the"
                    + " calls Colins reports for that carrier (or for no carrier); port to one port. 404 when"
                    + " Colins reports no such call.")
    ScheduleView schedule(@RequestParam String vessel, @RequestParam String voyage,
                          @RequestParam(required = false) String carrierCode,
                          @RequestParam(required = false) String port) {
        callers.require();
        if (vessel.isBlank() || voyage.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "vessel and voyage are required / 船名と航海番号を指定してください");
        }
        List<VesselMovementView> calls = mapper.vesselCalls(vessel.strip(), VesselMovement.normalizedName(vessel),
                voyage.strip(), blankToNull(carrierCode), blankToNull(port));
        if (calls.isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "Colins reports no call of vessel " + vessel + " voyage " + voyage
                    + (carrierCode == null ? "" : " of carrier " + carrierCode) + " / Colins に該当する船舶動静情報がありません");
        }
        Map<String, ColinsTerminal> terminals = consent.current().all().stream()
                .collect(Collectors.toMap(ColinsTerminal::code, Function.identity()));
        VesselMovementView first = calls.get(0);
        ScheduleView.Prefill prefill = new ScheduleView.Prefill(first.vesselName(), first.voyageNo(), first.imoNumber(),
                first.callSign(), first.carrierCode(), first.portCode(), first.terminalCode(), first.scheduledArrival(),
                first.scheduledDeparture(), first.cargoCutOff());
        return new ScheduleView(vessel, voyage, carrierCode, prefill, calls.stream()
                .map(call -> new ScheduleView.Call(call.portCode(), call.terminalCode(),
                        terminals.containsKey(call.terminalCode()) ? terminals.get(call.terminalCode()).name() : null,
                        call.scheduledArrival(), call.actualArrival(), call.scheduledDeparture(), call.actualDeparture(),
                        call.cargoReceivingStart(), call.cargoCutOff(), call.source(), call.updatedAt()))
                .toList());
    }

    @PostMapping("/poll")
    @Operation(summary = "Polls Colins now (operator)", description = "Runs one poll of the changes feed, as the"
            + " schedule does; ran=false when another hub instance is polling; error says why a poll stopped early.")
    ColinsPollOutcome poll() {
        callers.requireOperator();
        return producer.requestBody(ColinsPollingRoute.POLL_ENDPOINT, null, ColinsPollOutcome.class);
    }

    @GetMapping("/status")
    @Operation(summary = "The Colins connection (operator)", description = "Cursor and last poll, records dropped"
            + " per terminal for lack of consent, and the consent list in force.")
    ColinsStatus status() {
        callers.requireOperator();
        ColinsTerminals terminals = consent.current();
        return new ColinsStatus(settings.baseUrl(), settings.poll().enabled(),
                mapper.feedStatus(MyBatisColinsStore.CHANGES_FEED).orElse(null), mapper.dropped(), terminals.all(),
                terminals.location());
    }

    private static void requireExactlyOne(String a, String aName, String b, String bName) {
        if ((blankToNull(a) == null) == (blankToNull(b) == null)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, String.format(ONE_OF, aName, bName, aName, bName));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
