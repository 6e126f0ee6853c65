package io.minato.hub.app.naccs;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.submission.SubmissionStatus;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The submission store against real PostgreSQL where ordering matters: answers that overtake the hand-over. */
class NaccsSubmissionStoreIT extends NaccsFixtures {

    @Autowired
    private MyBatisNaccsSubmissionStore store;

    @Autowired
    private WireMessageStore wireMessages;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void aResultThatArrivesBeforeTheHandOverIsRecordedIsNotTurnedBackIntoSent() {
        long id = ecrDraft(operator(), dealWithShippingInstruction());
        jdbc.update("update naccs_submissions set status = 'SENDING' where id = ?", id);
        long outbound = archive(WireDirection.OUT);

        // NACCS (the simulator within milliseconds) answered while the sender was still recording the hand-over
        store.recordResult(id, true, List.of("00000-0000-0000"), archive(WireDirection.IN));
        store.markSent(id, outbound);
        store.markFailed(id, "a late failure");

        assertThat(store.find(id).orElseThrow().status()).isEqualTo(SubmissionStatus.ACCEPTED);
        assertThat(store.find(id).orElseThrow().outboundMessageId()).isEqualTo(outbound);
        assertThat(store.find(id).orElseThrow().reason()).isNull();
    }

    private long archive(WireDirection direction) {
        return wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, direction, "naccs", "text/plain", null,
                "test".getBytes(StandardCharsets.UTF_8), Map.of()));
    }
}
