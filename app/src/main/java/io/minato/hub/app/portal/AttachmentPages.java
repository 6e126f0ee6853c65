package io.minato.hub.app.portal;

import io.minato.hub.app.attachment.AttachmentRow;
import io.minato.hub.app.attachment.Attachments;
import io.minato.hub.app.attachment.DownloadHeaders;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A document's attachments from its page: upload (a multipart form) and download. {@link Attachments}
 * decides as for the API: the caller's rights on the document's type, the type by content, at most 10
 * files per document and 10 MB each; its refusals are shown on the document's page.
 */
@Controller
class AttachmentPages {

    private final Attachments attachments;
    private final Callers callers;

    AttachmentPages(Attachments attachments, Callers callers) {
        this.attachments = attachments;
        this.callers = callers;
    }

    @PostMapping("/deals/{dealId}/documents/{documentId}/attachments")
    String upload(@PathVariable long dealId, @PathVariable long documentId,
                  @RequestParam(required = false) MultipartFile file, RedirectAttributes redirect, Locale locale)
            throws IOException {
        String page = "redirect:/deals/" + dealId + "/documents/" + documentId + "#attachments";
        try {
            if (file == null) {
                throw new ApiException(HttpStatus.BAD_REQUEST,
                        "choose a file / ファイルを選択してください");
            }
            Attachments.Upload upload = attachments.upload(callers.require(), dealId, documentId,
                    file.getOriginalFilename(), file.getSize(), file);
            redirect.addFlashAttribute("attachmentNotice",
                    upload.created() ? "document.attachments.added" : "document.attachments.same");
        } catch (ApiException e) {
            redirect.addFlashAttribute("attachmentError", FormErrors.text(e, locale));
        }
        return page;
    }

    /** The file as uploaded, under the type detected from its content; browsers must not guess another. */
    @GetMapping("/deals/{dealId}/documents/{documentId}/attachments/{attachmentId}")
    ResponseEntity<byte[]> download(@PathVariable long dealId, @PathVariable long documentId,
                                    @PathVariable long attachmentId) {
        Attachments.AttachmentFile file = attachments.download(callers.require(), dealId, documentId, attachmentId);
        AttachmentRow row = file.attachment();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(row.contentType()))
                .contentLength(file.content().length)
                .header(HttpHeaders.CONTENT_DISPOSITION, DownloadHeaders.attachment(row.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
