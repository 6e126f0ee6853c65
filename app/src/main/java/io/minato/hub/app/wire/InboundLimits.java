package io.minato.hub.app.wire;

import io.minato.hub.mappings.wire.InboundAdmission;
import java.time.Instant;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-company inbound limits counted in the database: a company may have {@code limit} messages admitted
 * to processing per sliding window, across all its channels (EDIFACT, NACCS outputs, TradeWaltz requests; a
 * Colins page is no company's) and all hub instances (a per-company
 * advisory lock serialises the count). A message over the limit is marked DEFERRED with the reason and
 * the time it will be tried again, the moment the oldest admission leaves the window.
 */
@Component
@EnableConfigurationProperties(InboundLimitSettings.class)
class InboundLimits implements InboundAdmission {

    private static final Logger log = LoggerFactory.getLogger(InboundLimits.class);

    private final InboundLimitMapper mapper;
    private final InboundLimitSettings settings;

    InboundLimits(InboundLimitMapper mapper, InboundLimitSettings settings) {
        this.mapper = mapper;
        this.settings = settings;
    }

    @Override
    @Transactional
    public Optional<Instant> admit(long wireMessageId) {
        Optional<InboundLimitMapper.Sender> sender = mapper.sender(wireMessageId);
        int limit = sender.map(company -> settings.limit(company.companyCode())).orElse(0);
        if (limit <= 0) {
            mapper.admit(wireMessageId, sender.map(InboundLimitMapper.Sender::partyId).orElse(null));
            return Optional.empty();
        }
        InboundLimitMapper.Sender company = sender.get();
        mapper.lock(company.partyId());
        InboundLimitMapper.Admissions recent = mapper.admissions(company.partyId(), settings.window().toString());
        if (recent.count() < limit) {
            mapper.admit(wireMessageId, company.partyId());
            return Optional.empty();
        }
        Instant retry = recent.oldest().plus(settings.window()).toInstant();
        mapper.defer(wireMessageId, company.partyId(), "company " + company.companyCode() + " is over its inbound limit of " + limit
                + " messages per " + settings.window() + "; kept and processed from " + retry
                + " / 企業 " + company.companyCode() + " の受信件数が利用制限（" + settings.window() + " あたり " + limit
                + " 件）を超えたため保留しました。" + retry + " 以降に処理します");
        log.info("wire message {} from {} deferred to {}: inbound limit {} per {}", wireMessageId,
                company.companyCode(), retry, limit, settings.window());
        return Optional.of(retry);
    }
}
