package io.minato.hub.app.collaboration;

import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The companies a caller may name on a deal (as a message's audience, as a task's assignee): those
 * currently on it, except hidden participants, which only they themselves and their inviter see
 * (naming one would tell anyone else it is there).
 */
@Component
class DealCompanies {

    private final DealGrantMapper grants;

    DealCompanies(DealGrantMapper grants) {
        this.grants = grants;
    }

    /** The party id of the named company; 422 when the caller cannot name it on the deal. */
    long nameable(Caller caller, long dealId, String companyCode) {
        return grants.activeGrants(dealId).stream()
                .filter(grant -> grant.partyCode().equals(companyCode))
                .filter(grant -> !grant.hidden() || caller.operator() || caller.actsFor(grant.partyId())
                        || grant.invitedByPartyId() != null && caller.actsFor(grant.invitedByPartyId()))
                .map(DealGrantMapper.GrantRow::partyId)
                .findFirst()
                .orElseThrow(() -> notParticipant(dealId, companyCode));
    }

    List<Long> nameable(Caller caller, long dealId, List<String> companyCodes) {
        return companyCodes.stream().distinct().map(code -> nameable(caller, dealId, code)).toList();
    }

    private static ApiException notParticipant(long dealId, String companyCode) {
        return new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + companyCode
                + " is not a participant of deal " + dealId + " / " + companyCode + " はこの取引の参加企業ではありません");
    }
}
