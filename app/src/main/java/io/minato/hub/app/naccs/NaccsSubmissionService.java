package io.minato.hub.app.naccs;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.submission.SubmissionStatus;
import io.minato.hub.routes.naccs.NaccsSettings;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registers a NACCS business transaction for a deal; the outbound route builds and sends it. */
@Service
class NaccsSubmissionService {

    /** Business codes the hub can build today, and the document each is built from. */
    private static final Map<String, DocumentType> SOURCES = Map.of("ECR", DocumentType.UL040);

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final NaccsSubmissionMapper submissions;
    private final Events events;
    private final NaccsSettings settings;

    NaccsSubmissionService(DealMapper deals, DocumentMapper documents, NaccsSubmissionMapper submissions,
                           Events events, NaccsSettings settings) {
        this.deals = deals;
        this.documents = documents;
        this.submissions = submissions;
        this.events = events;
        this.settings = settings;
    }

    static Set<String> supportedBusinessCodes() {
        return SOURCES.keySet();
    }

    @Transactional
    public long register(long dealId, String businessCode) {
        DocumentType sourceType = SOURCES.get(businessCode);
        if (sourceType == null) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "NACCS business " + businessCode
                    + " is not supported yet (supported: " + SOURCES.keySet() + ")");
        }
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        DocumentRow source = documents.findLatestOfType(dealId, sourceType.name(), null)
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "deal " + dealId + " has no "
                        + sourceType + " (" + sourceType.englishName() + ") to build " + businessCode + " from"));
        String inputIdNumber = submissions.nextInputIdNumber();
        // 電文引継情報 is free text echoed in every output: ours names the hub and the input, so an
        // output can be traced by eye as well as correlated by code.
        String handOverInfo = "MINATO-" + inputIdNumber;
        long id = submissions.insert(dealId, source.id(), businessCode, settings.user().userId(), handOverInfo,
                inputIdNumber, SubmissionStatus.QUEUED.name());
        events.record(EventType.NACCS_SUBMITTED, dealId, source.id(), null,
                Map.of("submissionId", id, "businessCode", businessCode));
        return id;
    }
}
