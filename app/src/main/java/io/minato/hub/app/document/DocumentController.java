package io.minato.hub.app.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.security.Callers;
import io.minato.hub.mappings.document.DocumentType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Documents (帳票) of a deal. */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/documents")
class DocumentController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    /**
     * A new document: its type code and its typed fields.
     *
     * @param restrictedTo 限定公開: company codes of the deal that alone may see it besides the creator
     */
    record CreateDocument(@NotNull DocumentType type, JsonNode fields,
                          @Size(min = 1, max = 50) List<@NotBlank String> restrictedTo) {
    }

    /** New fields for a document; {@code _etag} may stand in for the If-Match header. */
    record UpdateDocument(JsonNode fields, @JsonProperty("_etag") String etag) {
    }

    private final DocumentService documents;
    private final DocumentSending sending;
    private final Callers callers;

    DocumentController(DocumentService documents, DocumentSending sending, Callers callers) {
        this.documents = documents;
        this.sending = sending;
        this.callers = callers;
    }

    /**
     * With an Idempotency-Key, a repeat of the same request answers the document the first one created
     * (200, {@code Idempotent-Replayed: true}); the same key with another body is refused (422).
     */
    @PostMapping
    ResponseEntity<DocumentView> create(@PathVariable long dealId, @Valid @RequestBody CreateDocument request,
                                        @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String key) {
        DocumentService.Created created = documents.create(callers.require(), dealId, request.type(), request.fields(),
                request.restrictedTo(), key);
        DocumentView view = created.document();
        if (created.replayed()) {
            return ResponseEntity.ok().eTag(view.etag()).header(REPLAYED, "true").body(view);
        }
        return ResponseEntity.created(URI.create("/api/v1/deals/" + dealId + "/documents/" + view.id()))
                .eTag(view.etag())
                .body(view);
    }

    @GetMapping("/{documentId}")
    ResponseEntity<DocumentView> get(@PathVariable long dealId, @PathVariable long documentId) {
        DocumentView view = documents.get(callers.require(), dealId, documentId);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    @PutMapping("/{documentId}")
    ResponseEntity<DocumentView> update(@PathVariable long dealId, @PathVariable long documentId,
                                        @RequestHeader(name = "If-Match", required = false) String ifMatch,
                                        @RequestBody UpdateDocument request) {
        String etag = ifMatch != null ? unquote(ifMatch) : request.etag();
        DocumentView view = documents.update(callers.require(), dealId, documentId, etag, request.fields());
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /** 送信: to the deal's participants that may read the type; they learn of it by webhook. */
    @PostMapping("/{documentId}/send")
    ResponseEntity<DocumentView> send(@PathVariable long dealId, @PathVariable long documentId) {
        DocumentView view = sending.send(callers.require(), dealId, documentId);
        return ResponseEntity.ok().eTag(view.etag()).body(view);
    }

    /** Soft delete; If-Match, when sent, must be the current etag ({@code *}: any). */
    @DeleteMapping("/{documentId}")
    ResponseEntity<Void> delete(@PathVariable long dealId, @PathVariable long documentId,
                                @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        String etag = ifMatch == null || ifMatch.strip().equals("*") ? null : unquote(ifMatch.strip());
        documents.delete(callers.require(), dealId, documentId, etag);
        return ResponseEntity.noContent().build();
    }

    /** 既読: who read the document first and last, per person or API key and per company. */
    @GetMapping("/{documentId}/reads")
    ReadReceipts.Reads reads(@PathVariable long dealId, @PathVariable long documentId) {
        return documents.reads(callers.require(), dealId, documentId);
    }

    private static String unquote(String etag) {
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
