package io.minato.hub.app.export;

import io.minato.hub.app.export.ExportJobMapper.JobRow;
import io.minato.hub.app.security.Callers;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.OffsetDateTime;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * 一括ダウンロード of a deal's document data as a job: ask (202 + job), follow its progress, fetch the
 * file. Only the types the company may DOWNLOAD go in, and only the company that asked sees the job.
 */
@RestController
class ExportController {

    /** What to produce. */
    record ExportRequest(@NotNull ExportFormat format) {
    }

    /**
     * A job as its requester follows it.
     *
     * @param documentsDone  documents gathered so far
     * @param documentsTotal documents the file will hold, once known
     * @param content        where to fetch the file once DONE
     */
    record ExportView(long id, long dealId, String format, String status, int documentsDone, Integer documentsTotal,
                      String fileName, String error, String requestedBy, OffsetDateTime createdAt,
                      OffsetDateTime startedAt, OffsetDateTime finishedAt, String content) {

        static ExportView of(JobRow job) {
            return new ExportView(job.id(), job.dealId(), job.format(), job.status(), job.documentsDone(),
                    job.documentsTotal(), job.fileName(), job.error(), job.requestedBy(), job.createdAt(),
                    job.startedAt(), job.finishedAt(), "/api/v1/exports/" + job.id() + "/content");
        }
    }

    private final ExportJobs exports;
    private final Callers callers;

    ExportController(ExportJobs exports, Callers callers) {
        this.exports = exports;
        this.callers = callers;
    }

    @PostMapping("/api/v1/deals/{dealId}/exports")
    ResponseEntity<ExportView> request(@PathVariable long dealId, @Valid @RequestBody ExportRequest request) {
        JobRow job = exports.request(callers.require(), dealId, request.format());
        return ResponseEntity.accepted().location(URI.create("/api/v1/exports/" + job.id())).body(ExportView.of(job));
    }

    @GetMapping("/api/v1/exports/{id}")
    ExportView status(@PathVariable long id) {
        return ExportView.of(exports.find(callers.require(), id));
    }

    @GetMapping("/api/v1/exports/{id}/content")
    ResponseEntity<byte[]> content(@PathVariable long id) {
        ExportJobs.Download file = exports.content(callers.require(), id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(file.content());
    }
}
