package io.minato.hub.app.portal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.collaboration.DealMessages;
import io.minato.hub.app.collaboration.DealTasks;
import io.minato.hub.app.deal.Deal;
import io.minato.hub.app.deal.DealCriteria;
import io.minato.hub.app.deal.DealFinder;
import io.minato.hub.app.deal.FoundDeal;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentService;
import io.minato.hub.app.event.Event;
import io.minato.hub.app.event.EventMapper;
import io.minato.hub.app.party.DealPartners;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.root.RootLineage;
import io.minato.hub.app.root.RootView;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.wire.WireRedelivery;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The deal list with its search, and a deal's page: keys, documents, participants, messages, tasks,
 * timeline and wire messages (their forms post to {@link DealCollaborationPages}). Everything shown passes {@link DealAccess}: a deal the caller's company is not on does not
 * exist for it, and documents (with their events and messages) of types it may not read are left out.
 */
@Controller
class DealPages {

    static final int PAGE_SIZE = 20;
    /** DealMapper.search answers at most this many: the pages past it are not offered. */
    private static final int SEARCH_LIMIT = 500;
    private static final int WIRE_MESSAGES = 200;
    private static final int MESSAGES = 100;
    private static final TypeReference<Map<String, Object>> DETAIL = new TypeReference<>() {
    };

    record Search(String dealNo, String bookingNo, String blNo, String containerNo, String vesselName) {

        boolean empty() {
            return dealNo == null && bookingNo == null && blNo == null && containerNo == null && vesselName == null;
        }

        DealCriteria criteria() {
            return DealCriteria.keys(bookingNo, blNo, containerNo, vesselName);
        }
    }

    record DocumentLine(long id, String type, String typeName, String status, int version, OffsetDateTime updatedAt,
                        boolean readable) {
    }

    record TimelineLine(OffsetDateTime occurredAt, String event, String documentType, Long documentId, String by,
                        String detail) {
    }

    /** @param resendable the caller (the operator) may send it again */
    record WireLine(long id, String channel, String direction, String partner, String status, String reason,
                    String documentType, int attempts, OffsetDateTime receivedAt, boolean resendable) {
    }

    /** A participant the caller may name as a message's audience or a task's assignee. */
    record Nameable(String code, String name, boolean own) {
    }

    private final Callers callers;
    private final DealMapper deals;
    private final DealFinder finder;
    private final DocumentMapper documents;
    private final DocumentService documentService;
    private final EventMapper events;
    private final DealAccess access;
    private final PortalMapper portal;
    private final DealPartners partners;
    private final DealMessages messages;
    private final DealTasks tasks;
    private final Labels labels;
    private final RootLineage rootLineage;
    private final ObjectMapper json;

    DealPages(Callers callers, DealMapper deals, DealFinder finder, DocumentMapper documents,
              DocumentService documentService, EventMapper events, DealAccess access, PortalMapper portal,
              DealPartners partners, DealMessages messages, DealTasks tasks, Labels labels, ObjectMapper json,
              RootLineage rootLineage) {
        this.rootLineage = rootLineage;
        this.messages = messages;
        this.tasks = tasks;
        this.callers = callers;
        this.deals = deals;
        this.finder = finder;
        this.documents = documents;
        this.documentService = documentService;
        this.events = events;
        this.access = access;
        this.portal = portal;
        this.partners = partners;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/deals")
    String list(@RequestParam(required = false) String dealNo, @RequestParam(required = false) String bookingNo,
                @RequestParam(required = false) String blNo, @RequestParam(required = false) String containerNo,
                @RequestParam(required = false) String vesselName,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Caller caller = callers.require();
        Search search = new Search(trimmed(dealNo), trimmed(bookingNo), trimmed(blNo),
                trimmed(containerNo) == null ? null : containerNo.trim().toUpperCase(Locale.ROOT), trimmed(vesselName));
        int current = Math.max(0, Math.min(page, SEARCH_LIMIT / PAGE_SIZE - 1));
        List<Deal> found = search.dealNo() != null ? byNumber(caller, search)
                : found(caller, search.criteria(), Math.min(SEARCH_LIMIT, (current + 1) * PAGE_SIZE + 1));
        int from = Math.min(found.size(), current * PAGE_SIZE);
        model.addAttribute("search", search);
        model.addAttribute("deals", found.subList(from, Math.min(found.size(), from + PAGE_SIZE)));
        model.addAttribute("page", current);
        model.addAttribute("hasNext", found.size() > (current + 1) * PAGE_SIZE);
        return "deals";
    }

    /** The deal with that number if the caller may see it and it matches the other keys given too. */
    private List<Deal> byNumber(Caller caller, Search search) {
        Optional<Deal> deal = portal.dealIdByNumber(search.dealNo(), caller.companyId()).flatMap(deals::find);
        return deal.filter(d -> search.bookingNo() == null || search.bookingNo().equals(d.bookingNo()))
                .filter(d -> search.blNo() == null || search.blNo().equals(d.blNo()))
                .filter(d -> search.containerNo() == null && search.vesselName() == null
                        || found(caller, DealCriteria.keys(null, null, search.containerNo(), search.vesselName()),
                                SEARCH_LIMIT).stream().anyMatch(c -> c.id() == d.id()))
                .stream().toList();
    }

    private List<Deal> found(Caller caller, DealCriteria criteria, int limit) {
        return finder.find(caller, criteria, null, limit).items().stream().map(FoundDeal::deal).toList();
    }

    @GetMapping("/deals/{id}")
    String deal(@PathVariable long id, Model model, Locale locale) {
        Caller caller = callers.require();
        Deal deal = deals.find(id).orElseThrow(() -> ApiException.notFound("deal", id));
        access.requireParticipant(caller, id);
        Map<DocumentType, Rights> rights = access.rightsByType(caller, id);
        Map<Long, DocumentType> typeOfDocument = new HashMap<>();
        documents.findByDealIncludingDeleted(id).forEach(row -> typeOfDocument.put(row.id(), DocumentType.valueOf(row.type())));

        model.addAttribute("deal", deal);
        // the same lists and the same hidden documents as the API's deal view and timeline
        Set<Long> hidden = documentService.hiddenFrom(caller, id, rights);
        model.addAttribute("documents", documentService.listed(caller, id, rights).stream()
                .map(row -> documentLine(row, rights, locale))
                .toList());
        List<DealPartners.PartnerView> participants = partners.list(caller, id);
        model.addAttribute("participants", participants);
        model.addAttribute("nameable", participants.stream()
                .filter(p -> p.removedAt() == null)
                .map(p -> new Nameable(p.company(), p.name(), p.company().equals(caller.companyCode())))
                .toList());
        model.addAttribute("messages", messages.page(caller, id, null, MESSAGES));
        model.addAttribute("tasks", tasks.list(caller, id, null, false));
        List<TimelineLine> timeline = new ArrayList<>(events.findByDeal(id).stream()
                .filter(event -> event.documentId() == null || !hidden.contains(event.documentId()))
                .map(event -> timelineLine(event, typeOfDocument, locale))
                .toList());
        Collections.reverse(timeline);
        model.addAttribute("timeline", timeline);
        model.addAttribute("wireMessages", portal.wireMessages(id, WIRE_MESSAGES).stream()
                .filter(row -> row.documentId() == null || !hidden.contains(row.documentId()))
                .map(row -> new WireLine(row.id(), row.channel(), row.direction(), row.partner(), row.status(),
                        row.reason(), row.documentId() == null ? null : typeOfDocument.get(row.documentId()).name(),
                        row.attempts(), row.receivedAt(), caller.operator()
                                && WireRedelivery.resendable(row.channel(), row.direction(), row.status())))
                .toList());
        model.addAttribute("rootFields", rootLineage.view(caller, id).fields().stream()
                .map(field -> rootLine(field, locale)).toList());
        model.addAttribute("mayExport", rights.values().stream().anyMatch(r -> r.covers(Operation.DOWNLOAD.required())));
        return "deal";
    }

    /**
     * A root field as the deal page shows it: name, value, where it came from, and the documents that
     * carry another value (sent before it changed).
     */
    record RootLine(String name, String value, String source, OffsetDateTime setAt, String differing) {
    }

    private static RootLine rootLine(RootView.Field field, Locale locale) {
        boolean japanese = Locale.JAPANESE.getLanguage().equals(locale.getLanguage());
        RootView.Source source = field.source();
        StringBuilder from = new StringBuilder(source.kind());
        if (source.document() != null) {
            from.append(" · ").append(source.document().type()).append(" No. ").append(source.document().id());
        }
        if (source.position() != null) {
            from.append(" · ").append(source.position());
        }
        String differing = field.documents().stream().filter(document -> !document.agrees())
                .map(document -> document.type() + " No. " + document.id() + " (" + document.status() + "): "
                        + text(document.value()))
                .collect(java.util.stream.Collectors.joining(", "));
        return new RootLine(japanese ? field.ja() : field.en(), text(field.value()), from.toString(), field.setAt(),
                differing);
    }

    /** A party shows by its name, any other value as written. */
    private static String text(JsonNode value) {
        if (value == null || value.isNull()) {
            return "";
        }
        if (value.isObject() && value.hasNonNull("name")) {
            return value.get("name").asText();
        }
        return value.isValueNode() ? value.asText() : value.toString();
    }

    private DocumentLine documentLine(DocumentRow row, Map<DocumentType, Rights> rights, Locale locale) {
        DocumentType type = DocumentType.valueOf(row.type());
        return new DocumentLine(row.id(), row.type(), labels.documentType(type, locale), row.status(), row.version(),
                row.updatedAt(), rights.get(type).covers(Operation.READ.required()));
    }

    private TimelineLine timelineLine(Event event, Map<Long, DocumentType> typeOfDocument, Locale locale) {
        Map<String, Object> detail = detail(event);
        Object by = detail.remove("by");
        detail.remove("type");
        DocumentType type = event.documentId() == null ? null : typeOfDocument.get(event.documentId());
        return new TimelineLine(event.occurredAt(), labels.event(event.type(), locale),
                type == null ? null : type.name() + " " + labels.documentType(type, locale), event.documentId(),
                by == null ? null : by.toString(),
                detail.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    }

    private Map<String, Object> detail(Event event) {
        if (event.detail() == null || event.detail().isBlank()) {
            return new LinkedHashMap<>();
        }
        try {
            return new LinkedHashMap<>(json.readValue(event.detail(), DETAIL));
        } catch (IOException e) {
            throw new IllegalStateException("event " + event.id() + " has a detail that is not a JSON object", e);
        }
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
