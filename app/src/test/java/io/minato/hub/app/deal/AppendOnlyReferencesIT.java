package io.minato.hub.app.deal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.HubIntegrationTest;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows an inbound message writes by the dozen refer to deals, documents, events, parties, users and wire
 * messages without foreign keys (V36): those tables refuse deletes, truncation and id changes instead, and
 * {@code dangling_references} finds any reference written wrong.
 */
class AppendOnlyReferencesIT extends HubIntegrationTest {

    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private TransactionTemplate transactions;

    @ParameterizedTest
    @ValueSource(strings = {"deals", "documents", "events", "parties", "platform_users", "wire_messages"})
    void theReferencedTablesRefuseDeletesTruncationAndIdChanges(String table) throws IOException {
        long dealId = confirmNewDeal();
        long id = switch (table) {
            case "deals" -> dealId;
            case "documents" -> jdbc.queryForObject("select id from documents where deal_id = ?", Long.class, dealId);
            case "events" -> jdbc.queryForObject("select min(id) from events where deal_id = ?", Long.class, dealId);
            case "parties" -> jdbc.queryForObject("select min(party_id) from deal_participants where deal_id = ?",
                    Long.class, dealId);
            case "platform_users" -> jdbc.queryForObject("select id from platform_users where login = ?",
                    Long.class, OPERATOR);
            default -> jdbc.queryForObject("select min(id) from wire_messages where deal_id = ?", Long.class, dealId);
        };

        assertThatThrownBy(() -> rolledBack("delete from " + table + " where id = " + id))
                .hasMessageContaining(table + " rows are never deleted");
        assertThatThrownBy(() -> rolledBack("truncate " + table + " cascade"))
                .hasMessageContaining(table + " rows are never deleted");
        assertThatThrownBy(() -> rolledBack("update " + table + " set id = id + 1000000000 where id = " + id))
                .hasMessageContaining(table + " ids never change");
        assertThat(jdbc.queryForObject("select count(*) from " + table + " where id = ?", Long.class, id)).isEqualTo(1);
    }

    @Test
    void aNewDealsRowsReferToRowsThatExist() throws IOException {
        long dealId = confirmNewDeal();
        // the new deal wrote rows into every table whose keys V36 dropped
        for (String table : List.of("documents", "events", "usage_events", "deal_participants", "deal_grants",
                "deal_root_writes", "deal_roots")) {
            assertThat(jdbc.queryForObject("select count(*) from " + table + " where deal_id = ?", Long.class, dealId))
                    .as(table).isPositive();
        }

        // over everything every test so far has written into this database
        assertThat(jdbc.queryForList("select * from dangling_references")).isEmpty();
    }

    @Test
    void danglingReferencesNamesARowWrittenWithAMissingReference() throws IOException {
        long dealId = confirmNewDeal();
        long missing = jdbc.queryForObject("select max(id) + 1000 from deals", Long.class);

        List<Map<String, Object>> found = transactions.execute(status -> {
            long eventId = jdbc.queryForObject("""
                    insert into events (type, deal_id, detail, channel, actor)
                    values ('APPEND_ONLY_IT', ?, '{}', 'API', 'append-only-it') returning id""", Long.class, missing);
            jdbc.update("insert into deal_participants (deal_id, party_id, role) values (?, -1, 'N1')", dealId);
            List<Map<String, Object>> rows = jdbc.queryForList(
                    "select * from dangling_references order by in_table");
            assertThat(rows).extracting(row -> row.get("row_key")).contains(Long.toString(eventId));
            status.setRollbackOnly();
            return rows;
        });

        assertThat(found).extracting(row -> row.get("in_table") + "." + row.get("in_column") + "=" + row.get("missing_id"))
                .containsExactly("deal_participants.party_id=-1", "events.deal_id=" + missing);
        assertThat(jdbc.queryForList("select * from dangling_references")).isEmpty();
    }

    /** Runs a statement in a transaction that is rolled back whatever happens: a failing guard must not cost this
     * shared database its rows. */
    private void rolledBack(String statement) {
        transactions.executeWithoutResult(status -> {
            status.setRollbackOnly();
            jdbc.execute(statement);
        });
    }

    private long confirmNewDeal() throws IOException {
        String booking = "ONEY" + System.nanoTime();
        JsonNode message = awaitFinished(drop(iftmbc(reference("AO"), booking)));
        assertThat(message.get("status").asText()).as("%s", message).isEqualTo("PROCESSED");
        return message.get("dealId").asLong();
    }
}
