package io.minato.hub.app.naccs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ConcurrentChangeException;
import io.minato.hub.app.support.Json;
import io.minato.hub.connectors.naccs.LayoutItem;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.naccs.prefill.DealDocuments;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefill;
import io.minato.hub.mappings.naccs.prefill.NaccsPrefills;
import io.minato.hub.mappings.naccs.prefill.Prefill;
import io.minato.hub.mappings.naccs.prefill.SourceDocument;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Drafts of NACCS business transactions: any business with a layout can be drafted; where the hub
 * has a prefill for it, the items come prefilled from the deal's documents with their sources and
 * the filled share of the applicable items (the prefill report); every item stays editable until
 * the draft is sent.
 */
@Service
class NaccsDrafts {

    /** The prefill report kept with a draft: what was filled, from where, and the share. */
    record PrefillReport(boolean prefillAvailable, List<String> feeds, int applicableItems, List<String> filledItems,
                         List<String> unfilledItems, Map<String, String> notApplicable, double filledShare,
                         int filledPercent, String note) {
    }

    private final DealMapper deals;
    private final DocumentMapper documents;
    private final NaccsSubmissionMapper submissions;
    private final NaccsLayouts layouts;
    private final ObjectMapper objectMapper;
    private final Json json;
    private final DealAccess access;

    NaccsDrafts(DealMapper deals, DocumentMapper documents, NaccsSubmissionMapper submissions, NaccsLayouts layouts,
                ObjectMapper objectMapper, Json json, DealAccess access) {
        this.access = access;
        this.deals = deals;
        this.documents = documents;
        this.submissions = submissions;
        this.layouts = layouts;
        this.objectMapper = objectMapper;
        this.json = json;
    }

    @Transactional
    long create(Caller caller, long dealId, String businessCode, PlatformUser author) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        NaccsLayout layout = layout(businessCode);
        // the draft shows every value with its source: only documents the drafter may read may feed it
        Map<DocumentType, Rights> rights = access.rightsByType(caller, dealId);
        DealDocuments dealDocuments = type -> documents.findLatestOfType(dealId, type.name(), null)
                .filter(row -> rights.get(type).covers(Operation.READ.required()) && DocumentVisibility.visible(caller, row))
                .map(row -> new SourceDocument(row.id(), type, readTree(row.fields())));
        Optional<NaccsPrefill> prefiller = NaccsPrefills.find(layout.code());
        List<String> itemNames = layout.items().stream().map(LayoutItem::name).toList();
        Prefill prefill = prefiller.map(p -> p.prefill(dealDocuments, itemNames))
                .orElseGet(() -> new Prefill(layout.code(), Map.of(), Map.of(), itemNames, Map.of()));
        Map<String, String> sources = new LinkedHashMap<>();
        prefill.sources().forEach((key, source) -> sources.put(key, source.toString()));
        List<DocumentType> feeds = prefiller.map(NaccsPrefill::feeds).orElse(List.of());
        // the document the output's results are written back to (the S/I for ECR): the first feed present
        Long sourceDocumentId = feeds.stream().map(dealDocuments::latest).flatMap(Optional::stream).findFirst()
                .map(SourceDocument::id).orElse(null);
        String inputIdNumber = submissions.nextInputIdNumber();
        // 電文引継情報 is free text echoed in every output: ours names the hub and the input, so an
        // output can be traced by eye as well as correlated by code.
        String handOverInfo = "MINATO-" + inputIdNumber;
        return submissions.insertDraft(dealId, sourceDocumentId, layout.code(), handOverInfo, inputIdNumber,
                json.write(prefill.items()), json.write(sources),
                json.write(report(prefill, prefiller.isPresent(), feeds, sourceDocumentId)), author.id());
    }

    /**
     * Sets (or, for a null value, clears) items of a DRAFT at {@code version}; the source of each
     * becomes the platform user. 409 if the draft moved on, 422 for keys the layout does not have.
     */
    @Transactional
    void edit(long id, int version, Map<String, String> changes, PlatformUser editor) {
        SubmissionRow row = submissions.findForUpdate(id).orElseThrow(() -> ApiException.notFound("NACCS submission", id));
        if (!"DRAFT".equals(row.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "NACCS submission " + id + " is " + row.status()
                    + ", not a DRAFT: its items can no longer change / 送信済みのため編集できません");
        }
        if (row.version() != version) {
            throw new ApiException(HttpStatus.CONFLICT, "NACCS submission " + id + " was changed by someone else:"
                    + " version " + version + " is stale, the current one is " + row.version());
        }
        NaccsLayout layout = layout(row.businessCode());
        List<ApiException.FieldProblem> unknown = new ArrayList<>();
        changes.keySet().forEach(key -> NaccsItemKeys.check(layout, key).ifPresent(problem ->
                unknown.add(new ApiException.FieldProblem("items." + key, problem))));
        if (!unknown.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "items not in layout " + layout.code() + " "
                    + layout.version(), unknown);
        }
        Map<String, String> items = new LinkedHashMap<>(json.readStringMap(row.items()));
        Map<String, String> sources = new LinkedHashMap<>(json.readStringMap(row.itemSources()));
        changes.forEach((key, value) -> {
            if (value == null || value.isBlank()) {
                items.remove(key);
                sources.remove(key);
            } else {
                items.put(key, value);
                sources.put(key, "entered by " + editor.login());
            }
        });
        if (submissions.updateDraft(id, version, json.write(items), json.write(sources)) == 0) {
            throw new ConcurrentChangeException("NACCS submission " + id + " changed while it was edited");
        }
    }

    NaccsLayout layout(String businessCode) {
        String code = businessCode == null ? "" : businessCode.strip();
        return layouts.find(code).filter(layout -> layout.code().equals(code))
                .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "NACCS business " + code
                        + " has no layout in " + layouts.location() + ", so it cannot be drafted"
                        + " / 業務 " + code + " のレイアウトがありません (ECR and the codes with a layout file can)"));
    }

    private static PrefillReport report(Prefill prefill, boolean available, List<DocumentType> feeds,
                                        Long sourceDocumentId) {
        String note = !available ? "the hub has no prefill for " + prefill.businessCode() + ": every item is entered by hand"
                : sourceDocumentId == null ? "the deal has none of " + feeds + " to prefill from: every item is entered by hand"
                : null;
        double share = prefill.filledShare();
        return new PrefillReport(available, feeds.stream().map(Enum::name).toList(), prefill.applicableItems().size(),
                prefill.filledItems(), prefill.unfilledItems(), prefill.notApplicable(), share,
                (int) Math.round(share * 100), note);
    }

    private com.fasterxml.jackson.databind.JsonNode readTree(String fields) {
        try {
            return objectMapper.readTree(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored document fields are not JSON: " + e.getOriginalMessage(), e);
        }
    }
}
