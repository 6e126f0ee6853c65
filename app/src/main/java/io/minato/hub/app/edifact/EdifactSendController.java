package io.minato.hub.app.edifact;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Sending a document to an EDI partner as UN/EDIFACT (IFTMBF, IFTMIN, VERMAS). */
@RestController
class EdifactSendController {

    /** Whom to send to: a partner code, e.g. {@code INTTRA}. */
    record SendRequest(@NotBlank String partner) {
    }

    /**
     * The interchange as archived; delivery follows asynchronously, so its status is watched at
     * {@code GET /api/v1/messages/{wireMessageId}}.
     */
    record Accepted(long wireMessageId, String partner, String messageType, String interchangeRef, WireStatus status) {
    }

    private final EdifactSendService service;
    private final DocumentMapper documents;
    private final DealAccess access;
    private final Callers callers;

    EdifactSendController(EdifactSendService service, DocumentMapper documents, DealAccess access, Callers callers) {
        this.service = service;
        this.documents = documents;
        this.access = access;
        this.callers = callers;
    }

    /** 202: archived and queued; the file reaches the partner's outbox shortly after. */
    @PostMapping("/api/v1/deals/{dealId}/documents/{documentId}/edifact")
    ResponseEntity<Accepted> send(@PathVariable long dealId, @PathVariable long documentId,
                                  @Valid @RequestBody SendRequest request) {
        // sending a document to a partner's EDI is 送信: it needs READ_WRITE on the document's type, and a
        // document restricted to other companies (限定公開) does not exist for the caller
        Caller caller = callers.require();
        documents.find(documentId).filter(row -> row.dealId() == dealId).ifPresent(row -> {
            if (!DocumentVisibility.visible(caller, row)) {
                throw ApiException.notFound("document", documentId);
            }
            access.check(caller, dealId, DocumentType.valueOf(row.type()), Operation.SEND);
        });
        WireMessage sent = service.send(dealId, documentId, request.partner());
        return ResponseEntity.accepted()
                .location(URI.create("/api/v1/messages/" + sent.id()))
                .body(new Accepted(sent.id(), sent.partner(), sent.correlation().get("messageType"),
                        sent.correlation().get("interchangeRef"), sent.status()));
    }
}
