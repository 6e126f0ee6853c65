package io.minato.hub.app.attachment;

import io.minato.hub.app.security.Callers;
import java.io.IOException;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Attachments (添付ファイル) of a document: jpg, jpeg, gif, png, tif, tiff, bmp, pdf, xls, xlsx, checked by
 * content; at most 10 per document and 10 MB each (configurable under {@code minato.attachments}).
 */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/documents/{documentId}/attachments")
class AttachmentController {

    /** An attachment as the API shows it; {@code uploadedByCompany} is null for the hub's operator. */
    record AttachmentView(long id, long documentId, String fileName, String contentType, long size, String sha256,
                          String uploadedByCompany, String uploadedBy, OffsetDateTime uploadedAt) {

        static AttachmentView of(AttachmentRow row) {
            return new AttachmentView(row.id(), row.documentId(), row.fileName(), row.contentType(), row.sizeBytes(),
                    row.sha256(), row.uploadedByCompany(), row.uploadedBy(), row.uploadedAt());
        }
    }

    private final Attachments attachments;
    private final Callers callers;

    AttachmentController(Attachments attachments, Callers callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    /** 201 with the new attachment; 200 with the existing one when the same file under the same name is sent again. */
    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<AttachmentView> upload(@PathVariable long dealId, @PathVariable long documentId,
                                          @RequestPart("file") MultipartFile file) throws IOException {
        Attachments.Upload upload = attachments.upload(callers.require(), dealId, documentId,
                file.getOriginalFilename(), file.getSize(), file);
        AttachmentView view = AttachmentView.of(upload.attachment());
        URI location = URI.create("/api/v1/deals/" + dealId + "/documents/" + documentId + "/attachments/" + view.id());
        return ResponseEntity.status(upload.created() ? HttpStatus.CREATED : HttpStatus.OK).location(location).body(view);
    }

    @GetMapping
    List<AttachmentView> list(@PathVariable long dealId, @PathVariable long documentId) {
        return attachments.list(callers.require(), dealId, documentId).stream().map(AttachmentView::of).toList();
    }

    /** The file as uploaded, under the type detected from its content; browsers must not guess another. */
    @GetMapping("/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long dealId, @PathVariable long documentId,
                                    @PathVariable long attachmentId) {
        Attachments.AttachmentFile file = attachments.download(callers.require(), dealId, documentId, attachmentId);
        AttachmentRow row = file.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(row.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadHeaders.attachment(row.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + row.sha256() + "\"")
                .body(file.content());
    }

    @DeleteMapping("/{attachmentId}")
    ResponseEntity<Void> delete(@PathVariable long dealId, @PathVariable long documentId,
                                @PathVariable long attachmentId) {
        attachments.delete(callers.require(), dealId, documentId, attachmentId);
        return ResponseEntity.noContent().build();
    }
}
