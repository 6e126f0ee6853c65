package io.minato.hub.app.attachment;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.limits.CompanyLimits;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attachments (添付ファイル) of a deal's documents: every path asks {@link DealAccess} for the
 * document's type first (ATTACHMENT_READ to list and download, ATTACHMENT_WRITE to add and remove),
 * then checks the file by its content and the limits.
 */
@Service
public class Attachments {

    private static final Logger log = LoggerFactory.getLogger(Attachments.class);

    private final AttachmentMapper attachments;
    private final DocumentMapper documents;
    private final DealMapper deals;
    private final DealAccess access;
    private final ContentDetector detector;
    private final Events events;
    private final AttachmentSettings settings;
    private final UsageRecorder usage;
    private final CompanyLimits limits;

    Attachments(AttachmentMapper attachments, DocumentMapper documents, DealMapper deals, DealAccess access,
                ContentDetector detector, Events events, AttachmentSettings settings, UsageRecorder usage, CompanyLimits limits) {
        this.limits = limits;
        this.usage = usage;
        this.attachments = attachments;
        this.documents = documents;
        this.deals = deals;
        this.access = access;
        this.detector = detector;
        this.events = events;
        this.settings = settings;
    }

    /** A stored attachment, or the one already there when the same file is sent again. */
    public record Upload(AttachmentRow attachment, boolean created) {
    }

    /** An attachment with its bytes, for download. */
    public record AttachmentFile(AttachmentRow attachment, byte[] content) {
    }

    @Transactional
    public Upload upload(Caller caller, long dealId, long documentId, String originalName, long size,
                         InputStreamSource file) throws IOException {
        DocumentRow document = document(caller, dealId, documentId, Operation.ATTACHMENT_WRITE);
        if (size > settings.maxFileSize().toBytes()) {
            throw AttachmentLimits.tooLarge(settings, size);
        }
        byte[] content = read(file);
        if (content.length == 0) {
            throw AttachmentLimits.empty();
        }
        ContentDetector.Detection detection = detector.detect(content);
        AttachmentType type = detection.allowed().orElseThrow(() -> AttachmentLimits.notAllowed(detection));
        String fileName = FileNames.checked(originalName, type);
        String sha256 = sha256(content);

        if (!attachments.lockDocument(documentId)) {
            throw ApiException.notFound("document", documentId);
        }
        var same = attachments.findSame(documentId, sha256, fileName);
        if (same.isPresent()) {
            return new Upload(same.get(), false);
        }
        if (attachments.countByDocument(documentId) >= settings.maxPerDocument()) {
            throw AttachmentLimits.tooMany(settings, documentId);
        }
        limits.transfer(caller, content.length, "the upload of " + fileName);
        long id = attachments.insert(documentId, dealId, fileName, type.mediaType(), content.length, sha256, content,
                caller.companyId(), caller.userId(), caller.name());
        AttachmentRow row = attachments.find(documentId, id).orElseThrow();
        events.record(EventType.ATTACHMENT_ADDED, dealId, documentId, null, detail(document, row, caller));
        deals.touch(dealId);
        log.info("attachment {} ({}, {} bytes) added to document {} of deal {} by {}", id, type.mediaType(),
                content.length, documentId, dealId, caller.name());
        return new Upload(row, true);
    }

    /** The largest file {@link #upload} takes, for forms to say beforehand. */
    public long maxFileSize() {
        return settings.maxFileSize().toBytes();
    }

    public int maxPerDocument() {
        return settings.maxPerDocument();
    }

    public List<AttachmentRow> list(Caller caller, long dealId, long documentId) {
        document(caller, dealId, documentId, Operation.ATTACHMENT_READ);
        return attachments.findByDocument(documentId);
    }

    /** An attachment's file; downloading it is a fetch (取得) of its document in the caller's usage. */
    @Transactional
    public AttachmentFile download(Caller caller, long dealId, long documentId, long attachmentId) {
        DocumentRow document = document(caller, dealId, documentId, Operation.ATTACHMENT_READ);
        usage.fetched(caller, dealId, documentId, document.type());
        AttachmentRow row = attachment(documentId, attachmentId);
        byte[] content = attachments.content(attachmentId)
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId)).bytes();
        limits.transfer(caller, content.length, "the download of attachment " + attachmentId);
        return new AttachmentFile(row, content);
    }

    @Transactional
    public void delete(Caller caller, long dealId, long documentId, long attachmentId) {
        DocumentRow document = document(caller, dealId, documentId, Operation.ATTACHMENT_WRITE);
        AttachmentRow row = attachment(documentId, attachmentId);
        if (attachments.delete(documentId, attachmentId) == 0) {
            throw ApiException.notFound("attachment", attachmentId);
        }
        events.record(EventType.ATTACHMENT_REMOVED, dealId, documentId, null, detail(document, row, caller));
        deals.touch(dealId);
        log.info("attachment {} removed from document {} of deal {} by {}", attachmentId, documentId, dealId,
                caller.name());
    }

    /**
     * 404 unless on the deal and the document is in it and not restricted to other companies (限定公開:
     * its attachments are as restricted as it is); 403 unless the caller's rights on its type allow.
     */
    private DocumentRow document(Caller caller, long dealId, long documentId, Operation operation) {
        access.requireParticipant(caller, dealId);
        DocumentRow document = documents.find(documentId)
                .filter(row -> row.dealId() == dealId)
                .filter(row -> DocumentVisibility.visible(caller, row))
                .orElseThrow(() -> ApiException.notFound("document", documentId));
        access.check(caller, dealId, DocumentType.valueOf(document.type()), operation);
        return document;
    }

    private AttachmentRow attachment(long documentId, long attachmentId) {
        return attachments.find(documentId, attachmentId)
                .orElseThrow(() -> ApiException.notFound("attachment", attachmentId));
    }

    /** Reads at most one byte past the limit, so a client that lied about the size cannot make it read more. */
    private byte[] read(InputStreamSource file) throws IOException {
        int limit = Math.toIntExact(settings.maxFileSize().toBytes());
        try (InputStream in = file.getInputStream()) {
            byte[] content = in.readNBytes(limit + 1);
            if (content.length > limit) {
                throw AttachmentLimits.tooLarge(settings, null);
            }
            return content;
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static Map<String, Object> detail(DocumentRow document, AttachmentRow row, Caller caller) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("type", document.type());
        detail.put("attachmentId", row.id());
        detail.put("fileName", row.fileName());
        detail.put("contentType", row.contentType());
        detail.put("size", row.sizeBytes());
        detail.put("sha256", row.sha256());
        detail.put("by", caller.name());
        return detail;
    }
}
