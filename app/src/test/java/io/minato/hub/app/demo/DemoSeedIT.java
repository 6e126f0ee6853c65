package io.minato.hub.app.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentService;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.party.DealPartners;
import io.minato.hub.app.party.PartyMapper;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.PlatformUsers;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo seed (off in the test profile, so it runs here by hand): three companies whose administrators
 * must change the printed password first, and a sample deal all three see; a second start seeds nothing.
 */
@ExtendWith(OutputCaptureExtension.class)
class DemoSeedIT extends HubIntegrationTest {

    @Autowired
    private PartyMapper parties;
    @Autowired
    private PlatformUsers users;
    @Autowired
    private DealMapper deals;
    @Autowired
    private DealGrantMapper grants;
    @Autowired
    private DealPartners partners;
    @Autowired
    private DocumentService documents;
    @Autowired
    private Events events;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private TransactionTemplate transaction;

    @Test
    void seedsThreeCompaniesAndASampleDealOnceWithPasswordsThatMustBeChanged(CapturedOutput output) {
        DemoSeeder seeder = new DemoSeeder(parties, users, deals, grants, partners, documents, events, json, transaction);
        seeder.run(new DefaultApplicationArguments());

        String shipperPassword = printedPassword(output.getOut(), "demo-shipper");
        String forwarderPassword = printedPassword(output.getOut(), "demo-forwarder");
        // an initial password logs in nowhere until it is changed
        assertThat(anonymous.withBasicAuth("demo-shipper", shipperPassword).getForEntity("/api/v1/deals", JsonNode.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        for (String[] admin : List.of(new String[] {"demo-shipper", shipperPassword},
                new String[] {"demo-forwarder", forwarderPassword})) {
            assertThat(anonymous.postForEntity("/api/v1/password-change", Map.of("login", admin[0],
                    "currentPassword", admin[1], "newPassword", "a-new-demo-password"), Void.class).getStatusCode())
                    .isEqualTo(HttpStatus.NO_CONTENT);
        }

        JsonNode shipperDeals = anonymous.withBasicAuth("demo-shipper", "a-new-demo-password")
                .getForObject("/api/v1/deals?bookingNo=DEMOBKG0001", JsonNode.class);
        assertThat(shipperDeals).hasSize(1);
        long dealId = shipperDeals.get(0).get("id").asLong();
        JsonNode asForwarder = anonymous.withBasicAuth("demo-forwarder", "a-new-demo-password")
                .getForObject("/api/v1/deals/{id}", JsonNode.class, dealId);
        assertThat(asForwarder.get("documents").findValuesAsText("type")).containsExactly("UL040");
        JsonNode participants = anonymous.withBasicAuth("demo-forwarder", "a-new-demo-password")
                .getForObject("/api/v1/deals/{id}/participants", JsonNode.class, dealId);
        assertThat(participants.findValuesAsText("company")).containsExactlyInAnyOrder("DEMOSHIP", "DEMOFWD", "DEMOCAR");

        int before = output.getOut().length();
        seeder.run(new DefaultApplicationArguments());
        assertThat(output.getOut().substring(before)).doesNotContain("demo-shipper /");
        assertThat(http.getForObject("/api/v1/deals?bookingNo=DEMOBKG0001", JsonNode.class)).hasSize(1);
    }

    private static String printedPassword(String log, String login) {
        int at = log.indexOf("  " + login + " / ");
        assertThat(at).as("the log prints %s's initial password", login).isNotNegative();
        return log.substring(at + login.length() + 5, log.indexOf('\n', at)).strip();
    }
}
