package io.minato.hub.app.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.deal.DealMapper;
import io.minato.hub.app.document.DocumentService;
import io.minato.hub.app.event.EventType;
import io.minato.hub.app.event.Events;
import io.minato.hub.app.party.DealPartners;
import io.minato.hub.app.party.PartyMapper;
import io.minato.hub.app.permission.DealGrantMapper;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A first look for a newcomer (issue 5, item 8): on the first start of the default runtime, a shipper,
 * a forwarder and customs broker, and a carrier, each with an administrator whose initial password is
 * printed once in the log (it must be changed at first login), and a sample export deal with the
 * shipper's S/I that the other two were invited to. Never in the {@code production} profile, and only
 * while {@code minato.demo.enabled} is true; all of it in one transaction, so a failed start seeds
 * nothing and the next start tries again.
 */
@Component
@Order(5)
@Profile("!production")
@ConditionalOnProperty(name = "minato.demo.enabled", havingValue = "true")
class DemoSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoSeeder.class);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String PASSWORD_CHARACTERS = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /** A demo company and its administrator. */
    record DemoCompany(String code, String name, List<BusinessType> businessTypes, String adminLogin) {
    }

    static final DemoCompany SHIPPER = new DemoCompany("DEMOSHIP", "横浜商事株式会社（デモ）",
            List.of(BusinessType.SHIPPER), "demo-shipper");
    static final DemoCompany FORWARDER = new DemoCompany("DEMOFWD", "みなと海運株式会社（デモ）",
            List.of(BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER), "demo-forwarder");
    static final DemoCompany CARRIER = new DemoCompany("DEMOCAR", "Minato Line（デモ）",
            List.of(BusinessType.OCEAN_CARRIER), "demo-carrier");

    private final PartyMapper parties;
    private final PlatformUsers users;
    private final DealMapper deals;
    private final DealGrantMapper grants;
    private final DealPartners partners;
    private final DocumentService documents;
    private final Events events;
    private final ObjectMapper json;
    private final TransactionTemplate transaction;

    DemoSeeder(PartyMapper parties, PlatformUsers users, DealMapper deals, DealGrantMapper grants, DealPartners partners,
               DocumentService documents, Events events, ObjectMapper json, TransactionTemplate transaction) {
        this.parties = parties;
        this.users = users;
        this.deals = deals;
        this.grants = grants;
        this.partners = partners;
        this.documents = documents;
        this.events = events;
        this.json = json;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Map<String, String> passwords = transaction.execute(status -> seed());
        if (passwords == null || passwords.isEmpty()) {
            return;
        }
        StringBuilder banner = new StringBuilder("""

                ==== Minato Hub demo / デモデータ (shown once / この表示は一度だけです) ====
                http://localhost:8080/ で次の管理者としてログインし、初回ログイン時にパスワードを変更してください。
                Log in at http://localhost:8080/ as one of these administrators; the first login asks for a new password.
                """);
        passwords.forEach((login, password) -> banner.append("  ").append(login).append(" / ").append(password).append('\n'));
        banner.append("Sample export deal / サンプル輸出取引: booking DEMOBKG0001 (DEMOSHIP → DEMOFWD, DEMOCAR)\n");
        log.warn(banner.toString());
    }

    /** Everything, or nothing when the demo is there already; answers login → initial password. */
    private Map<String, String> seed() {
        if (parties.insertIfAbsent(SHIPPER.code(), SHIPPER.name(), SHIPPER.businessTypes()) == 0) {
            return Map.of();
        }
        parties.insertIfAbsent(FORWARDER.code(), FORWARDER.name(), FORWARDER.businessTypes());
        parties.insertIfAbsent(CARRIER.code(), CARRIER.name(), CARRIER.businessTypes());
        Map<String, String> passwords = new java.util.LinkedHashMap<>();
        PlatformUser shipperAdmin = administrator(SHIPPER, passwords);
        administrator(FORWARDER, passwords);
        administrator(CARRIER, passwords);

        Caller shipper = new Caller(Caller.Kind.ADMIN, shipperAdmin.id(), shipperAdmin.login(), shipperAdmin.partyId(),
                SHIPPER.code(), null, Set.copyOf(SHIPPER.businessTypes()));
        long dealId = deals.insert("EXPORT", "DEMOBKG0001", "MNLU", null, shipper.companyId(), "DEMO-0001",
                shipper.userId());
        grants.upsert(dealId, shipper.companyId(), SHIPPER.businessTypes(), null, null, shipper.userId());
        events.record(EventType.DEAL_CREATED, dealId, null, null, Map.of("source", "demo", "by", shipper.name()));
        partners.invite(shipper, dealId, FORWARDER.code(), Set.copyOf(FORWARDER.businessTypes()), Map.of(), false);
        partners.invite(shipper, dealId, CARRIER.code(), Set.copyOf(CARRIER.businessTypes()), Map.of(), false);
        documents.create(shipper, dealId, DocumentType.UL040, sampleShippingInstruction(), null, null);
        return passwords;
    }

    private PlatformUser administrator(DemoCompany company, Map<String, String> passwords) {
        String password = password();
        PlatformUser admin = users.register(new PlatformUsers.NewUser(company.adminLogin(), company.name() + " 管理者",
                password, company.code(), true, null, company.adminLogin() + "@demo.minato.local", true));
        passwords.put(admin.login(), password);
        return admin;
    }

    private JsonNode sampleShippingInstruction() {
        try (InputStream in = DemoSeeder.class.getResourceAsStream("/demo/shipping-instruction.json")) {
            return json.readTree(in).get("fields");
        } catch (IOException e) {
            throw new UncheckedIOException("the demo S/I ships with the hub: /demo/shipping-instruction.json", e);
        }
    }

    private static String password() {
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_CHARACTERS.charAt(RANDOM.nextInt(PASSWORD_CHARACTERS.length())));
        }
        return password.toString();
    }
}
