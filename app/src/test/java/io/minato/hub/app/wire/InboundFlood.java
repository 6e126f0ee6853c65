package io.minato.hub.app.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a flood of inbound messages past a company's limit must come to, whatever the channel: some wait as
 * DEFERRED with the reason, every one is processed in the end (none lost), each counted against the company,
 * and no window admits more than the limit.
 */
public final class InboundFlood {

    private InboundFlood() {
    }

    /**
     * @param finalStatus what each message ends as once processed (PROCESSED)
     */
    public static void assertAllProcessedWithinLimit(JdbcTemplate jdbc, List<Long> ids, String company, int limit,
                                                     Duration window, String finalStatus) {
        Object[] idArray = {ids.toArray(Long[]::new)};
        String reason = await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofMillis(100))
                .until(() -> jdbc.queryForList("select reason from wire_messages where id = any(?) and status = 'DEFERRED'",
                        String.class, idArray), reasons -> !reasons.isEmpty()).get(0);
        assertThat(reason).contains(company, "inbound limit of " + limit, "利用制限");

        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(500)).until(() -> jdbc.queryForList(
                "select status from wire_messages where id = any(?)", String.class, idArray),
                statuses -> statuses.size() == ids.size() && statuses.stream().allMatch(finalStatus::equals));

        List<Map<String, Object>> rows = jdbc.queryForList("select w.deferrals, p.code from wire_messages w"
                + " left join parties p on p.id = w.party_id where w.id = any(?)", idArray);
        assertThat(rows).allSatisfy(row -> assertThat(row.get("code")).as("counted against").isEqualTo(company));
        assertThat(rows.stream().filter(row -> ((Number) row.get("deferrals")).intValue() > 0).count())
                .as("messages that waited").isGreaterThanOrEqualTo(ids.size() - limit);
        List<OffsetDateTime> admitted = jdbc.queryForList("select admitted_at from wire_messages where id = any(?)"
                + " order by admitted_at", OffsetDateTime.class, idArray);
        assertThat(admitted).hasSize(ids.size()).doesNotContainNull();
        for (int i = limit; i < admitted.size(); i++) {
            // the (i+1)-th admission comes no sooner than a window after the (i+1-limit)-th
            assertThat(Duration.between(admitted.get(i - limit), admitted.get(i))).as("admission %d", i)
                    .isGreaterThanOrEqualTo(window);
        }
    }
}
