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
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import java.util.Map;
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

/** Deals (取引): found by booking number + carrier, B/L number, or a container they carry. */
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

    private final DealMapper deals;
    private final DocumentService documentService;
    private final EventMapper eventMapper;
    private final Events events;
    private final Callers callers;
    private final DealAccess access;
    private final DealGrantMapper grants;

    DealController(DealMapper deals, DocumentService documentService, EventMapper eventMapper, Events events, Callers callers,
                   DealAccess access, DealGrantMapper grants) {
        this.deals = deals;
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

    @GetMapping
    List<Deal> search(@RequestParam(required = false) String bookingNo,
                      @RequestParam(required = false) String carrierCode,
                      @RequestParam(required = false) String blNo,
                      @RequestParam(required = false) String containerNo,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        Caller caller = callers.require();
        return deals.search(bookingNo, carrierCode, blNo, containerNo, caller.companyId(), limit);
    }

    /**
     * The deal's timeline: who did what, when and through which channel, oldest first, after the event
     * id {@code since}; without what happened to documents of types the caller may not read or that are
     * restricted to other companies.
     */
    @GetMapping("/{id}/events")
    List<Event> timeline(@PathVariable long id, @RequestParam(defaultValue = "0") @Min(0) long since,
                         @RequestParam(defaultValue = "500") @Min(1) @Max(1000) int limit) {
        Caller caller = callers.require();
        deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        access.requireParticipant(caller, id);
        Long[] hidden = documentService.hiddenFrom(caller, id, access.rightsByType(caller, id)).toArray(Long[]::new);
        return eventMapper.findPage(id, since, limit, hidden);
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
