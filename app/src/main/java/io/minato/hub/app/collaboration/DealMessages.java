package io.minato.hub.app.collaboration;

import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import io.minato.hub.mappings.usage.UsageOperation;
import io.minato.hub.app.support.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Messages (メッセージ) on a deal: participants only. A message may be restricted data (DOMAIN: "a sharer
 * may limit a piece of data to named partners; everyone else must not see it"): then only the author's
 * company and the named participants read it. No timeline event is written: the messages are their own
 * history, and a restricted message must not show up in a timeline everyone reads.
 */
@Service
public class DealMessages {

    static final int MAX_LENGTH = 4000;

    private final DealMessageMapper messages;
    private final DealAccess access;
    private final DealCompanies companies;
    private final UsageRecorder usage;

    DealMessages(DealMessageMapper messages, DealAccess access, DealCompanies companies, UsageRecorder usage) {
        this.usage = usage;
        this.messages = messages;
        this.access = access;
        this.companies = companies;
    }

    /** @param visibleTo company codes to restrict the message to; null for every participant */
    @Transactional
    public DealMessageRow post(Caller caller, long dealId, String text, List<String> visibleTo) {
        access.requireParticipant(caller, dealId);
        if (text == null || text.isBlank()) {
            throw invalid("text", "must not be blank / 本文を入力してください");
        }
        if (text.codePointCount(0, text.length()) > MAX_LENGTH) {
            throw invalid("text", "may have at most " + MAX_LENGTH + " characters / 本文は " + MAX_LENGTH + " 文字までです");
        }
        if (visibleTo != null && visibleTo.isEmpty()) {
            throw invalid("visibleTo", "name at least one company, or leave it out for every participant"
                    + " / 公開先の企業を指定するか、全参加企業に公開する場合は省略してください");
        }
        Long[] audience = visibleTo == null ? null
                : companies.nameable(caller, dealId, visibleTo).toArray(Long[]::new);
        long id = messages.insert(dealId, caller.companyId(), caller.userId(), caller.name(), text, audience);
        usage.collaborated(caller, dealId, UsageOperation.MESSAGE);
        return messages.find(id).orElseThrow();
    }

    /** The newest messages the caller may read, before the message {@code before} when given, newest first. */
    public List<DealMessageRow> page(Caller caller, long dealId, Long before, int limit) {
        access.requireParticipant(caller, dealId);
        return messages.page(dealId, caller.operator() ? null : caller.companyId(), before, limit);
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                List.of(new ApiException.FieldProblem(field, message)));
    }
}
