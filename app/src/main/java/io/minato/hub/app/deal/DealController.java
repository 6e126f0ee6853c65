package io.minato.hub.app.deal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.minato.hub.app.document.DocumentService;
import io.minato.hub.app.document.DocumentView;
import io.minato.hub.app.event.Event;
import io.minato.hub.app.event.EventMapper;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.Cursor;
import io.minato.hub.app.support.CursorPage;
import io.minato.hub.mappings.document.DocumentType;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Deals (取引): created, read, and searched by their keys (booking number + carrier, B/L number, in-house
 * number, a container they carry), the vessel and voyage of their documents, dates and status.
 */
@RestController
@Validated
@RequestMapping("/api/v1/deals")
class DealController {

    /** A new deal and the keys it is found by. */
    record CreateDeal(@NotNull @Pattern(regexp = "EXPORT|IMPORT") String direction,
                      @Size(max = 35) String bookingNo, @Pattern(regexp = "[A-Z]{2,4}") String carrierCode,
                      @Size(max = 35) String blNo, @Size(max = 35) String inHouseNo) {
    }

    /** A deal with its documents. */
    record DealView(@JsonUnwrapped Deal deal, List<DocumentView> documents) {
    }

    private static final int MAX_LIMIT = 500;
    private static final int MAX_TIMELINE_LIMIT = 1000;
    /** Cursors of the timeline (event ids, ascending). */
    private static final String TIMELINE = "deal-events";
    private static final Set<String> DIRECTIONS = Set.of("EXPORT", "IMPORT");

    private final DealMapper deals;
    private final DealFinder finder;
    private final DocumentService documentService;
    private final EventMapper eventMapper;
    private final Events events;
    private final Callers callers;
    private final DealAccess access;
    private final DealGrantMapper grants;

    DealController(DealMapper deals, DealFinder finder, DocumentService documentService, EventMapper eventMapper, Events events, Callers callers,
                   DealAccess access, DealGrantMapper grants) {
        this.deals = deals;
        this.finder = finder;
        this.documentService = documentService;
        this.eventMapper = eventMapper;
        this.events = events;
        this.callers = callers;
        this.access = access;
        this.grants = grants;
    }

    /**
     * Anyone may create a deal (DOMAIN: 取引); the creating company owns it and takes part in the
     * business types it acts in (its organization's for a user), which need at least one.
     */
    @PostMapping
    @Transactional
    ResponseEntity<DealView> create(@Valid @RequestBody CreateDeal request) {
        Caller caller = callers.require();
        if (!caller.operator() && caller.businessTypes().isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + caller.companyCode()
                    + " (or your organization) holds no business type, so it could do nothing in a deal"
                    + " / 事業種別が登録されていないため取引を作成できません");
        }
        long id = deals.insert(request.direction(), request.bookingNo(), request.carrierCode(), request.blNo(),
                caller.companyId(), request.inHouseNo(), caller.userId());
        if (!caller.operator()) {
            grants.upsert(id, caller.companyId(), List.copyOf(caller.businessTypes()), null, null, caller.userId());
        }
        events.record(EventType.DEAL_CREATED, id, null, null,
                Map.of("source", caller.channel().equals("API_KEY") ? "api-key" : "api", "by", caller.name()));
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).body(view(caller, id));
    }

    @GetMapping("/{id}")
    DealView get(@PathVariable long id) {
        return view(callers.require(), id);
    }

    /**
     * Deals the caller's company is on (the operator: all), newest first; every parameter narrows the
     * search. Paged by {@code cursor}: the {@code Link rel="next"} header (and {@code X-Next-Cursor}) of a
     * page leads to the next; none on the last page.
     */
    @GetMapping
    @Operation(summary = "Search deals / 取引検索",
            description = "Deals the caller's company takes part in, newest first. Vessel, voyage, document type and"
                    + " status are judged on the documents the caller may read. A next page is announced by"
                    + " `Link: <…>; rel=\"next\"` and `X-Next-Cursor`; the body stays a JSON array.")
    ResponseEntity<List<FoundDeal>> search(
            @Parameter(description = "booking number (exact)") @RequestParam(required = false) String bookingNo,
            @Parameter(description = "carrier SCAC (exact)") @RequestParam(required = false) String carrierCode,
            @Parameter(description = "B/L number (exact)") @RequestParam(required = false) String blNo,
            @Parameter(description = "container number the deal carries (exact, ISO 6346)")
            @RequestParam(required = false) String containerNo,
            @Parameter(description = "vessel name 船名, any part of it; case, full-width letters and repeated spaces"
                    + " do not matter", example = "EVER GIVEN")
            @RequestParam(required = false) String vesselName,
            @Parameter(description = "voyage number 航海番号 (whole; case and spaces do not matter)")
            @RequestParam(required = false) String voyageNo,
            @Parameter(description = "in-house number 社内番号 (exact)") @RequestParam(required = false) String inHouseNo,
            @Parameter(description = "EXPORT or IMPORT", schema = @Schema(allowableValues = {"EXPORT", "IMPORT"}))
            @RequestParam(required = false) String direction,
            @Parameter(description = "取引ステータス as the caller sees it: NEW (nothing sent or received yet),"
                    + " IN_PROGRESS, COMPLETED (export: B/L or sea waybill, import: D/O or D/O-less application"
                    + " sent or received)")
            @RequestParam(required = false) DealStatus status,
            @Parameter(description = "deals having a document of this type the caller may read, e.g. UL040")
            @RequestParam(required = false) DocumentType documentType,
            @Parameter(description = "created at or after (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime createdFrom,
            @Parameter(description = "created before (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime createdTo,
            @Parameter(description = "last activity (updatedAt: a document, participant or attachment changed) at or"
                    + " after (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedFrom,
            @Parameter(description = "last activity before (ISO 8601 date-time)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) OffsetDateTime updatedTo,
            @Parameter(description = "opaque position from the previous page's Link / X-Next-Cursor; absent = first page")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "500", defaultValue = "50"))
            @RequestParam(defaultValue = "50") int limit) {
        Caller caller = callers.require();
        if (direction != null && !direction.isBlank() && !DIRECTIONS.contains(direction.strip())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "query parameter direction must be EXPORT or IMPORT"
                    + " / パラメータ direction は EXPORT または IMPORT です",
                    List.of(new ApiException.FieldProblem("direction", "must be EXPORT or IMPORT")));
        }
        DealCriteria criteria = new DealCriteria(bookingNo, carrierCode, blNo, containerNo, vesselName, voyageNo,
                inHouseNo, direction, status, documentType, createdFrom, createdTo, updatedFrom, updatedTo);
        Long afterId = Cursor.decodeId(DealFinder.LIST, cursor).orElse(null);
        return finder.find(caller, criteria, afterId, CursorPage.limit(limit, MAX_LIMIT)).response();
    }

    /**
     * The deal's timeline: who did what, when and through which channel, oldest first, after the event
     * id {@code since}; without what happened to documents of types the caller may not read or that are
     * restricted to other companies.
     */
    @GetMapping("/{id}/events")
    @Operation(summary = "A deal's timeline / タイムライン",
            description = "Oldest first. A next page is announced by `Link: <…>; rel=\"next\"` and `X-Next-Cursor`.")
    ResponseEntity<List<Event>> timeline(
            @PathVariable long id,
            @Parameter(description = "only events after this event id (superseded by cursor)")
            @RequestParam(defaultValue = "0") @Min(0) long since,
            @Parameter(description = "opaque position from the previous page's Link / X-Next-Cursor")
            @RequestParam(required = false) String cursor,
            @Parameter(description = "page size", schema = @Schema(minimum = "1", maximum = "1000", defaultValue = "500"))
            @RequestParam(defaultValue = "500") int limit) {
        Caller caller = callers.require();
        long after = Cursor.decodeId(TIMELINE, cursor).orElse(since);
        int size = CursorPage.limit(limit, MAX_TIMELINE_LIMIT);
        deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        access.requireParticipant(caller, id);
        Long[] hidden = documentService.hiddenFrom(caller, id, access.rightsByType(caller, id)).toArray(Long[]::new);
        return CursorPage.of(TIMELINE, eventMapper.findPage(id, after, size + 1, hidden), size, Event::id).response();
    }

    /** The deal with the documents the caller may see listed. */
    private DealView view(Caller caller, long id) {
        Deal deal = deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        access.requireParticipant(caller, id);
        List<DocumentView> views = documentService.listed(caller, id, access.rightsByType(caller, id)).stream()
                .map(DocumentView::of)
                .toList();
        return new DealView(deal, views);
    }
}
