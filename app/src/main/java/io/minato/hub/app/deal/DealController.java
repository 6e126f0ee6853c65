package io.minato.hub.app.deal;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentView;
import io.minato.hub.app.event.Event;
import io.minato.hub.app.event.EventMapper;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
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
                      @Size(max = 35) String blNo) {
    }

    /** A deal with its documents. */
    record DealView(@JsonUnwrapped Deal deal, List<DocumentView> documents) {
    }

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final EventMapper eventMapper;
    private final Events events;

    DealController(DealMapper deals, DocumentMapper documents, EventMapper eventMapper, Events events) {
        this.deals = deals;
        this.documents = documents;
        this.eventMapper = eventMapper;
        this.events = events;
    }

    @PostMapping
    @Transactional
    ResponseEntity<DealView> create(@Valid @RequestBody CreateDeal request) {
        long id = deals.insert(request.direction(), request.bookingNo(), request.carrierCode(), request.blNo());
        events.record(EventType.DEAL_CREATED, id, null, null, Map.of("source", "api"));
        return ResponseEntity.created(URI.create("/api/v1/deals/" + id)).body(view(id));
    }

    @GetMapping("/{id}")
    DealView get(@PathVariable long id) {
        return view(id);
    }

    @GetMapping
    List<Deal> search(@RequestParam(required = false) String bookingNo,
                      @RequestParam(required = false) String carrierCode,
                      @RequestParam(required = false) String blNo,
                      @RequestParam(required = false) String containerNo,
                      @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return deals.search(bookingNo, carrierCode, blNo, containerNo, limit);
    }

    @GetMapping("/{id}/events")
    List<Event> timeline(@PathVariable long id) {
        deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        return eventMapper.findByDeal(id);
    }

    private DealView view(long id) {
        Deal deal = deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        List<DocumentView> views = documents.findByDeal(id).stream()
                .map(DocumentView::of)
                .toList();
        return new DealView(deal, views);
    }
}
