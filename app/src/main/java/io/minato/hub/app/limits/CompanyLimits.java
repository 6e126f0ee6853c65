package io.minato.hub.app.limits;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.LimitExceededException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * The limits the operator may impose per company (利用制限, annex table 1) besides API requests: user IDs,
 * and upload and download volume per day. Counted in the database, so they hold across hub instances;
 * a refusal says which limit, how much is used and when to try again, and nothing is stored half.
 */
@Component
@EnableConfigurationProperties(CompanyLimitSettings.class)
public class CompanyLimits {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    private final CompanyLimitMapper mapper;
    private final CompanyLimitSettings settings;

    CompanyLimits(CompanyLimitMapper mapper, CompanyLimitSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    /**
     * 409 when the company holds as many user IDs (not disabled) as it may; call in the transaction that
     * adds the user, which the lock then serialises with any other addition for the company.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void requireUserId(long partyId) {
        String companyCode = mapper.code(partyId);
        int limit = settings.users().limit(companyCode);
        if (limit <= 0) {
            return;
        }
        mapper.lock(partyId);
        int held = mapper.userIds(partyId);
        if (held >= limit) {
            throw new ApiException(HttpStatus.CONFLICT, "company " + companyCode + " holds " + held + " user IDs, its limit"
                    + " is " + limit + "; disable a user or ask the operator to raise the limit"
                    + " / 企業 " + companyCode + " の利用者ID数が上限（" + limit + "）に達しています。"
                    + "不要な利用者を無効にするか、運営者に上限の変更を依頼してください");
        }
    }

    /**
     * Counts an upload or download of {@code bytes} against the caller's company's volume of the day (Japan
     * time); 429 with Retry-After (the next day) when it would exceed it. The hub's operator is not limited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void transfer(Caller caller, long bytes, String what) {
        if (caller.companyId() == null) {
            return;
        }
        long limit = settings.transfer().limit(caller.companyCode());
        if (limit <= 0) {
            return;
        }
        ZonedDateTime now = ZonedDateTime.now(JAPAN);
        LocalDate today = now.toLocalDate();
        Long total = bytes > limit ? null : mapper.addTransfer(caller.companyId(), today, bytes, limit);
        if (total == null) {
            Duration untilTomorrow = Duration.between(now, today.plusDays(1).atStartOfDay(JAPAN));
            throw new LimitExceededException(what + " (" + DataSize.ofBytes(bytes).toKilobytes() + " KB) would take company "
                    + caller.companyCode() + " past its upload/download limit of " + DataSize.ofBytes(limit).toKilobytes()
                    + " KB per day (Japan time); try again tomorrow / 企業 " + caller.companyCode()
                    + " の1日あたりのアップロード・ダウンロード量の上限（" + DataSize.ofBytes(limit).toKilobytes()
                    + " KB）を超えるため受け付けられません。翌日に再度お試しください", untilTomorrow);
        }
    }
}
