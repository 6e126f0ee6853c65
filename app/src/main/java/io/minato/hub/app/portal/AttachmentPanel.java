package io.minato.hub.app.portal;

import io.minato.hub.app.attachment.Attachments;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The attachments part of a document's page: the list when the caller's rights on the document's type
 * include ATTACHMENT_READ, the upload form only with ATTACHMENT_WRITE (the service checks again on upload).
 */
@Component
class AttachmentPanel {

    private final Attachments attachments;
    private final DealAccess access;

    AttachmentPanel(Attachments attachments, DealAccess access) {
        this.attachments = attachments;
        this.access = access;
    }

    void addTo(Model model, Caller caller, long dealId, long documentId, DocumentType type) {
        boolean mayRead = access.allows(caller, dealId, type, Operation.ATTACHMENT_READ);
        model.addAttribute("mayReadAttachments", mayRead);
        model.addAttribute("attachments", mayRead ? attachments.list(caller, dealId, documentId) : List.of());
        model.addAttribute("mayAttach", access.allows(caller, dealId, type, Operation.ATTACHMENT_WRITE));
        model.addAttribute("maxAttachments", attachments.maxPerDocument());
        model.addAttribute("maxAttachmentBytes", attachments.maxFileSize());
        model.addAttribute("maxAttachmentSize", PortalFormat.size(attachments.maxFileSize()));
    }
}
