package io.minato.hub.app.naccs;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.submission.NaccsSubmission;
import io.minato.hub.routes.support.Dispatch;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** NACCS business transactions run for a deal, and what NACCS answered. */
@RestController
class NaccsController {

    private final NaccsSubmissionService service;
    private final MyBatisNaccsSubmissionStore store;
    private final DealMapper deals;
    private final Dispatch dispatch;

    NaccsController(NaccsSubmissionService service, MyBatisNaccsSubmissionStore store, DealMapper deals,
                    Dispatch dispatch) {
        this.service = service;
        this.store = store;
        this.deals = deals;
        this.dispatch = dispatch;
    }

    /** Registers and queues the business transaction; 202, since NACCS answers asynchronously. */
    @PostMapping("/api/v1/deals/{dealId}/naccs/{businessCode}")
    ResponseEntity<NaccsSubmission> submit(@PathVariable long dealId, @PathVariable String businessCode) {
        long id = service.register(dealId, businessCode);
        try {
            dispatch.sendNaccsSubmission(id);
        } catch (RuntimeException e) {
            store.markFailed(id, "could not be queued: " + e.getMessage());
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE,
                    "submission " + id + " was registered but could not be queued; try again", e);
        }
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/naccs/submissions/" + id))
                .body(store.find(id).orElseThrow());
    }

    @GetMapping("/api/v1/deals/{dealId}/naccs")
    List<NaccsSubmission> list(@PathVariable long dealId) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        return store.findByDeal(dealId);
    }

    @GetMapping("/api/v1/naccs/submissions/{id}")
    NaccsSubmission get(@PathVariable long id) {
        return store.find(id).orElseThrow(() -> ApiException.notFound("NACCS submission", id));
    }
}
