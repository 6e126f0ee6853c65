package io.minato.hub.app.portal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentService;
import io.minato.hub.app.document.DocumentView;
import io.minato.hub.app.document.TypedFields;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.permission.Operation;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * A document's page and its edit form. Reading and saving go through {@link DocumentService} (so
 * {@link DealAccess}, the etag and {@link TypedFields}' validation decide exactly as for the API); the
 * page only says beforehand why a document cannot be edited.
 */
@Controller
class DocumentPages {

    private final Callers callers;
    private final DocumentService documents;
    private final DealMapper deals;
    private final DealAccess access;
    private final TypedFields typedFields;
    private final Labels labels;
    private final ObjectMapper json;
    private final AttachmentPanel attachmentPanel;

    DocumentPages(Callers callers, DocumentService documents, DealMapper deals, DealAccess access,
                  TypedFields typedFields, Labels labels, ObjectMapper json, AttachmentPanel attachmentPanel) {
        this.attachmentPanel = attachmentPanel;
        this.callers = callers;
        this.documents = documents;
        this.deals = deals;
        this.access = access;
        this.typedFields = typedFields;
        this.labels = labels;
        this.json = json;
    }

    @GetMapping("/deals/{dealId}/documents/{documentId}")
    String view(@PathVariable long dealId, @PathVariable long documentId,
                @RequestParam(required = false) String saved, Model model, Locale locale) {
        Caller caller = callers.require();
        DocumentView document = documents.get(caller, dealId, documentId);
        describe(caller, document, model, locale);
        model.addAttribute("fields", form(locale).fields(definition(document), parse(document.fields()), Map.of()));
        model.addAttribute("saved", saved != null);
        attachmentPanel.addTo(model, caller, dealId, documentId, DocumentType.valueOf(document.type()));
        return "document";
    }

    @GetMapping("/deals/{dealId}/documents/{documentId}/edit")
    String edit(@PathVariable long dealId, @PathVariable long documentId, Model model, Locale locale) {
        Caller caller = callers.require();
        DocumentView document = documents.get(caller, dealId, documentId);
        if (describe(caller, document, model, locale).isPresent()) {
            return "redirect:/deals/" + dealId + "/documents/" + documentId;
        }
        model.addAttribute("etag", document.etag());
        model.addAttribute("fields", form(locale).fields(definition(document), parse(document.fields()), Map.of()));
        return "document-edit";
    }

    /**
     * Saves the form with the etag it was loaded with. A stale etag (someone saved in between) and
     * invalid fields show the form again with what the user typed, and say what to do.
     */
    @PostMapping("/deals/{dealId}/documents/{documentId}")
    String save(@PathVariable long dealId, @PathVariable long documentId, @RequestParam String etag,
                HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        Caller caller = callers.require();
        DocumentView current = documents.get(caller, dealId, documentId);
        if (!typedFields.writable(DocumentType.valueOf(current.type()))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "documents of type " + current.type() + " cannot be edited"
                    + " / この帳票種別は編集できません");
        }
        DocumentDefinition type = definition(current);
        JsonNode submitted = DocumentForm.read(type, request.getParameterMap(), parse(current.fields()));
        try {
            documents.update(caller, dealId, documentId, etag, submitted);
            return "redirect:/deals/" + dealId + "/documents/" + documentId + "?saved";
        } catch (ApiException e) {
            if (e.status() != HttpStatus.CONFLICT && e.status() != HttpStatus.BAD_REQUEST) {
                throw e;
            }
            response.setStatus(e.status().value());
            describe(caller, current, model, locale);
            Map<String, String> problems = DocumentForm.problemsByPath(e.fieldProblems(), locale);
            model.addAttribute("etag", etag);
            model.addAttribute("conflict", e.status() == HttpStatus.CONFLICT);
            model.addAttribute("problems", problems);
            model.addAttribute("error", e.fieldProblems().isEmpty() ? Bilingual.pick(e.getMessage(), locale) : null);
            model.addAttribute("fields", form(locale).fields(type, submitted, problems));
            return "document-edit";
        }
    }

    /**
     * Puts the document and its deal on the page, and why it cannot be edited, if it cannot; answers
     * that reason's message key.
     */
    private Optional<String> describe(Caller caller, DocumentView document, Model model, Locale locale) {
        DocumentType type = DocumentType.valueOf(document.type());
        model.addAttribute("deal", deals.find(document.dealId()).orElseThrow());
        model.addAttribute("document", document);
        model.addAttribute("typeName", labels.documentType(type, locale));
        Optional<String> readOnly = readOnlyReason(caller, document.dealId(), type);
        model.addAttribute("readOnlyReason", readOnly.map(key -> labels.message(key, locale)).orElse(null));
        return readOnly;
    }

    /** Who may write a type is the permission matrix's (a carrier's UL050 is ReadWrite for carriers only). */
    private Optional<String> readOnlyReason(Caller caller, long dealId, DocumentType type) {
        if (!typedFields.writable(type)) {
            return Optional.of("document.readonly.type");
        }
        if (!access.allows(caller, dealId, type, Operation.UPDATE)) {
            return Optional.of("document.readonly.rights");
        }
        return Optional.empty();
    }

    private DocumentDefinition definition(DocumentView document) {
        return typedFields.definition(DocumentType.valueOf(document.type()));
    }

    private DocumentForm form(Locale locale) {
        return new DocumentForm(locale);
    }

    private JsonNode parse(String fields) {
        try {
            return json.readTree(fields);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored document's fields are not JSON", e);
        }
    }
}
