package io.minato.hub.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.Deal;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentView;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.document.FieldPaths;
import io.minato.hub.app.export.ExportJobMapper.JobRow;
import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs bulk-download jobs off the request thread: gathers the deal's documents of the types the job
 * may include (fixed when the company asked) that the company may see, counts progress per document in
 * the job's row, and stores the file there. A job a stopped hub left unfinished runs again at start.
 */
@Component
class ExportRunner {

    private static final Logger log = LoggerFactory.getLogger(ExportRunner.class);

    private final ExportJobMapper jobs;
    private final DealMapper deals;
    private final DocumentMapper documents;
    private final ObjectMapper json;
    private final ExecutorService executor;

    /**
     * @param threads how many exports run at once: few, so a burst of exports cannot starve the API.
     *                Not a Spring executor bean, which would replace Boot's application task executor.
     */
    ExportRunner(ExportJobMapper jobs, DealMapper deals, DocumentMapper documents, ObjectMapper json,
                 @Value("${minato.exports.threads:2}") int threads) {
        this.jobs = jobs;
        this.deals = deals;
        this.documents = documents;
        this.json = json;
        AtomicInteger number = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, task -> {
            Thread thread = new Thread(task, "export-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Jobs cut short here are queued again at the next start. */
    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }

    /** Queues the job; call once its row is committed. */
    void submit(long jobId) {
        executor.execute(() -> run(jobId));
    }

    @EventListener(ApplicationReadyEvent.class)
    void resumeUnfinished() {
        List<Long> unfinished = jobs.requeueUnfinished();
        if (!unfinished.isEmpty()) {
            log.info("export jobs {} left unfinished by the last run: queued again", unfinished);
            unfinished.forEach(this::submit);
        }
    }

    void run(long jobId) {
        if (jobs.claim(jobId) == 0) {
            return;
        }
        try {
            JobRow job = jobs.find(jobId).orElseThrow();
            Deal deal = deals.find(job.dealId()).orElseThrow(() -> new IllegalStateException(
                    "deal " + job.dealId() + " of export job " + jobId + " does not exist"));
            List<DocumentRow> included = included(job);
            jobs.total(jobId, included.size());
            List<ExportedDocument> exported = new ArrayList<>();
            for (DocumentRow row : included) {
                exported.add(new ExportedDocument(DocumentView.of(row), FieldPaths.flatten(tree(row))));
                jobs.progress(jobId, exported.size());
            }
            String baseName = "deal-" + deal.number() + "-documents";
            if (job.format().equals("CSV")) {
                jobs.finish(jobId, baseName + ".csv", DocumentCsv.CONTENT_TYPE, DocumentCsv.write(exported));
            } else {
                jobs.finish(jobId, baseName + ".zip", DocumentZip.CONTENT_TYPE,
                        DocumentZip.write(json, manifest(job, deal), exported));
            }
            log.info("export job {} of deal {} done: {} documents as {}", jobId, deal.id(), included.size(), job.format());
        } catch (RuntimeException e) {
            log.error("export job {} failed", jobId, e);
            jobs.fail(jobId, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** The deal's documents of the job's types that its company may see (restricted data stays out). */
    private List<DocumentRow> included(JobRow job) {
        Set<String> types = Arrays.stream(job.types().split(",")).filter(type -> !type.isEmpty())
                .collect(Collectors.toSet());
        return documents.findByDeal(job.dealId()).stream()
                .filter(row -> types.contains(row.type()))
                .filter(row -> job.partyId() == null
                        || DocumentVisibility.visibleTo(job.partyId(), job.companyCode(), row))
                .toList();
    }

    private static Map<String, Object> manifest(JobRow job, Deal deal) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("exportJobId", job.id());
        manifest.put("dealId", deal.id());
        manifest.put("dealNumber", deal.number());
        manifest.put("requestedBy", job.requestedBy());
        manifest.put("company", job.companyCode());
        manifest.put("documentTypes", Arrays.stream(job.types().split(",")).filter(t -> !t.isEmpty()).toList());
        manifest.put("generatedAt", OffsetDateTime.now().toString());
        return manifest;
    }

    private JsonNode tree(DocumentRow row) {
        try {
            return json.readTree(row.fields());
        } catch (IOException e) {
            throw new UncheckedIOException("stored fields of document " + row.id() + " are not JSON", e);
        }
    }
}
