package io.minato.hub.app.document;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.security.Callers;
import io.minato.hub.mappings.document.DocumentType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import org.springframework.http.ResponseEntity;
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

    /** A new document: its type code and its typed fields. */
    record CreateDocument(@NotNull DocumentType type, JsonNode fields) {
    }

    /** New fields for a document; {@code _etag} may stand in for the If-Match header. */
    record UpdateDocument(JsonNode fields, @JsonProperty("_etag") String etag) {
    }

    private final DocumentService documents;
    private final Callers callers;

    DocumentController(DocumentService documents, Callers callers) {
        this.documents = documents;
        this.callers = callers;
    }

    @PostMapping
    ResponseEntity<DocumentView> create(@PathVariable long dealId, @Valid @RequestBody CreateDocument request) {
        DocumentView view = documents.create(callers.require(), dealId, request.type(), request.fields());
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

    private static String unquote(String etag) {
        String value = etag.startsWith("W/") ? etag.substring(2) : etag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }
}
