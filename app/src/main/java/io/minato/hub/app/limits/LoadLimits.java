package io.minato.hub.app.limits;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.LimitExceededException;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * その他のシステム負荷状況による制限 (annex table 1): heavy functions a company may run only so many of at once under
 * load. Bulk downloads (一括ダウンロード) are one: a request over the company's limit answers 429 with Retry-After and
 * the reason, and nothing is queued, so no request is dropped unseen. The limit is the operator's runtime switch
 * for the company, else the one for all companies, else {@code minato.limits.load}. Counted in the database under
 * a per-company lock, so it holds across hub instances; the hub's operator is not limited.
 */
@Component
@EnableConfigurationProperties(LoadLimitSettings.class)
public class LoadLimits {

    private final LoadLimitMapper mapper;
    private final LoadLimitSettings settings;

    LoadLimits(LoadLimitMapper mapper, LoadLimitSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /**
     * Records a bulk download ({@code record} writes its job and answers the id) if the caller's company is within
     * its limit of unfinished ones; committed when this returns, so the job may be started then.
     *
     * @throws LimitExceededException (429) when the company has as many as it may
     */
    @Transactional
    public long admitExport(Caller caller, LongSupplier record) {
        if (caller.companyId() == null) {
            return record.getAsLong();
        }
        Optional<LoadLimitMapper.Switch> switched = mapper.effective(caller.companyId());
        int limit = switched.map(LoadLimitMapper.Switch::concurrentExports)
                .orElseGet(() -> settings.concurrentExports(caller.companyCode()));
        boolean unlimited = switched.isEmpty() && limit == 0;
        if (unlimited) {
            return record.getAsLong();
        }
        mapper.lock(caller.companyId());
        int unfinished = mapper.unfinishedExports(caller.companyId());
        if (unfinished >= limit) {
            throw refusal(caller.companyCode(), limit, unfinished, switched);
        }
        return record.getAsLong();
    }

    private LimitExceededException refusal(String company, int limit, int unfinished,
                                           Optional<LoadLimitMapper.Switch> switched) {
        String reasonEn = switched.map(LoadLimitMapper.Switch::reasonEn).filter(reason -> !reason.isBlank())
                .map(reason -> " (" + reason + ")").orElse("");
        String reasonJa = switched.map(LoadLimitMapper.Switch::reasonJa).filter(reason -> !reason.isBlank())
                .map(reason -> "（" + reason + "）").orElse("");
        if (limit == 0) {
            return new LimitExceededException("bulk downloads are paused by the operator under system load" + reasonEn
                    + "; nothing was queued, try again later / システム負荷のため、運営者が一括ダウンロードを一時停止しています"
                    + reasonJa + "。受け付けていませんので、しばらくしてから再度お試しください", settings.retryAfter());
        }
        return new LimitExceededException("company " + company + " has " + unfinished + " bulk download(s) queued or"
                + " running; under system load it may have " + limit + " at a time" + reasonEn + ". Nothing was"
                + " queued; try again once one has finished / システム負荷による制限のため、企業 " + company
                + " の一括ダウンロードは同時に " + limit + " 件までです" + reasonJa + "（実行中・待機中 " + unfinished
                + " 件）。受け付けていませんので、実行中の処理が終わってから再度お試しください", settings.retryAfter());
    }
}
