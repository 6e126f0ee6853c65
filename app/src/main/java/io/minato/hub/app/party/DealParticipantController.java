package io.minato.hub.app.party;

import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.support.ApiException;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The organizations taking part in a deal, with their roles and who added them. */
@RestController
class DealParticipantController {

    private final DealMapper deals;
    private final MyBatisDealParticipants participants;

    DealParticipantController(DealMapper deals, MyBatisDealParticipants participants) {
        this.deals = deals;
        this.participants = participants;
    }

    @GetMapping("/api/v1/deals/{id}/participants")
    List<Participant> participants(@PathVariable long id) {
        if (deals.find(id).isEmpty()) {
            throw ApiException.notFound("deal", id);
        }
        return participants.participants(id);
    }
}
