package io.minato.hub.app.export;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.export.ExportJobMapper.JobRow;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.limits.CompanyLimits;
import io.minato.hub.app.limits.LoadLimits;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;

/**
 * 一括ダウンロード: a company asks for a deal's document data; the types it may DOWNLOAD are fixed
 * then, the job runs in the background, and only that company sees the job and fetches its file.
 */
@Service
class ExportJobs {

    private final ExportJobMapper jobs;
    private final DealMapper deals;
    private final DealAccess access;
    private final ExportRunner runner;
    private final UsageRecorder usage;
    private final CompanyLimits limits;

    private final LoadLimits load;

    ExportJobs(ExportJobMapper jobs, DealMapper deals, DealAccess access, ExportRunner runner, UsageRecorder usage,
               CompanyLimits limits, LoadLimits load) {
        this.load = load;
        this.usage = usage;
        this.limits = limits;
        this.jobs = jobs;
        this.deals = deals;
        this.access = access;
        this.runner = runner;
    }

    /**
     * Records the job (committed before it runs) and queues it; 403 if the caller may download nothing, 429 if its
     * company has as many bulk downloads at once as the load allows.
     */
    JobRow request(Caller caller, long dealId, ExportFormat format) {
        deals.find(dealId).orElseThrow(() -> ApiException.notFound("deal", dealId));
        access.requireParticipant(caller, dealId);
        Rights needed = Operation.DOWNLOAD.required();
        String[] types = access.rightsByType(caller, dealId).entrySet().stream()
                .filter(entry -> entry.getValue().covers(needed))
                .map(Map.Entry::getKey)
                .map(DocumentType::name)
                .toArray(String[]::new);
        if (types.length == 0) {
            throw new ApiException(HttpStatus.FORBIDDEN, "company " + caller.companyCode() + " may download no"
                    + " document type of deal " + dealId + " / この取引でダウンロードできる帳票の種類がありません");
        }
        long id = load.admitExport(caller, () -> jobs.insert(dealId, caller.companyId(), caller.companyCode(),
                caller.name(), caller.userId(), format.name(), types));
        runner.submit(id);
        return jobs.find(id).orElseThrow();
    }

    /** The job, 404 unless the caller's company asked for it and is still on the deal. */
    JobRow find(Caller caller, long jobId) {
        JobRow job = jobs.find(jobId).orElseThrow(() -> ApiException.notFound("export job", jobId));
        boolean own = caller.operator() ? job.partyId() == null
                : job.partyId() != null && caller.actsFor(job.partyId());
        if (!own || !access.participant(caller, job.dealId())) {
            throw ApiException.notFound("export job", jobId);
        }
        return job;
    }

    /** A finished job's file with its name and media type. */
    record Download(String fileName, String contentType, byte[] content) {
    }

    /** The finished file, a fetch (取得) of the deal's documents; 409 while the job still runs or if it failed. */
    @Transactional
    Download content(Caller caller, long jobId) {
        JobRow job = find(caller, jobId);
        if (!job.status().equals("DONE")) {
            throw new ApiException(HttpStatus.CONFLICT, "export job " + jobId + " is " + job.status()
                    + (job.error() == null ? "" : " (" + job.error() + ")")
                    + "; its file is there once it is DONE / ダウンロードファイルはまだ作成されていません");
        }
        byte[] content = jobs.content(jobId).orElseThrow(() -> new IllegalStateException("export job " + jobId
                + " is DONE without a file"));
        limits.transfer(caller, content.length, "bulk download " + jobId);
        usage.fetched(caller, job.dealId(), null, null);
        return new Download(job.fileName(), job.contentType(), content);
    }
}
