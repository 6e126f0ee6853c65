package io.minato.hub.app.permission;

import static io.minato.hub.app.permission.PermissionDocuments.abbreviated;
import static io.minato.hub.app.permission.PermissionDocuments.expect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.minato.hub.app.HubIntegrationTest;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.SharedFields;
import io.minato.hub.app.permission.PermissionCases.Participant;
import io.minato.hub.app.permission.PermissionDocuments.Doc;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.PermissionMatrix;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The read side of the permission matrix beyond a document's own page, for the same generated cases as
 * {@link DealPermissionPathsIT} (13 business types × 3 grant patterns, every document type): deal
 * search, the deal's document list and timeline, bulk download (CSV and ZIP), attachments and the
 * wire-message archive. One export deal holds a document of every type, a restricted (限定公開) S/I,
 * documents created through the API and sent as EDIFACT, and a booking confirmation that arrived by
 * EDIFACT through the inbox; every participant is checked against every one of them, and every
 * mismatch is reported at once.
 */
class DealPermissionSurfacesIT extends HubIntegrationTest {

    private static final CsvMapper CSV = new CsvMapper();

    @Autowired
    private PermissionMatrix matrix;
    @Autowired
    private DocumentMapper documents;
    @Autowired
    private ApiKeys apiKeys;
    @Autowired
    private PlatformUsers platformUsers;
    @Autowired
    private ObjectMapper json;
    @Autowired
    private SharedFields shared;

    private static final List<Participant> participants = new ArrayList<>();
    private static Participant outsider;
    private static long dealId;
    private static String bookingNo;
    private static List<Doc> docs;
    private static boolean arranged;
    /** Operator's attachment per document id. */
    private static final Map<Long, Long> attachments = new HashMap<>();
    /** The wire messages this class made, as the operator sees them. */
    private static final List<JsonNode> messages = new ArrayList<>();
    private static OffsetDateTime started;

    /**
     * Once per class (the companies, the deal and its documents serve every test), in {@code @BeforeEach}
     * because the Camel test support starts the routes (the inbox, EDIFACT and webhook delivery) only just
     * before the first test method.
     */
    @BeforeEach
    void arrange() throws IOException {
        if (arranged) {
            return;
        }
        started = OffsetDateTime.now().minusSeconds(5);
        PermissionCases cases = new PermissionCases(http, matrix, apiKeys, platformUsers,
                key -> withHeader("X-API-Key", key));
        String owner = PlatformFixtures.company(http, "SOWN", BusinessType.SHIPPER);
        TestRestTemplate ownerAdmin = PlatformFixtures.administrator(http, owner);
        bookingNo = "PRM" + System.nanoTime();
        ResponseEntity<JsonNode> deal = ownerAdmin.postForEntity("/api/v1/deals",
                Map.of("direction", "EXPORT", "bookingNo", bookingNo, "carrierCode", "ONEY"), JsonNode.class);
        assertThat(deal.getStatusCode()).as("%s", deal.getBody()).isEqualTo(HttpStatus.CREATED);
        dealId = deal.getBody().get("id").asLong();
        long ownerId = platformUsers.partyId(owner).orElseThrow();
        for (DocumentType type : DocumentType.values()) {
            documents.insert(dealId, type.name(), null, UUID.randomUUID().toString(), "DRAFT", "{}", null, ownerId, null);
        }
        participants.addAll(cases.participants("S"));
        outsider = cases.outsider();
        PermissionCases.inviteAll(ownerAdmin, dealId, participants);

        // 限定公開: a broker that may read S/Is and a trucker that may not are named; other readers are not
        List<String> named = List.of(participant(BusinessType.CUSTOMS_BROKER, PermissionCases.Pattern.DEFAULTS).company(),
                participant(BusinessType.TRUCKER, PermissionCases.Pattern.DEFAULTS).company());
        long restricted = PermissionDocuments.created(ownerAdmin, dealId,
                PermissionDocuments.sample(DocumentType.UL040, named));
        List<Long> sendable = new ArrayList<>(List.of(restricted));
        for (DocumentType type : PermissionDocuments.SAMPLES.keySet()) {
            sendable.add(PermissionDocuments.created(ownerAdmin, dealId, PermissionDocuments.sample(type, null)));
        }

        // the wire archive: the typed documents sent as EDIFACT, a booking confirmation for this deal and
        // one for a deal none of the participants is on, both through the inbox
        // the partner application-test.yml writes in UNOX:4, which holds the samples' Japanese names
        String partner = "JPLINE";
        assertThat(http.exchange("/api/v1/partners/" + partner, HttpMethod.PUT,
                new HttpEntity<>(fileChannelPartner(partner, "Japanese coastal line", "D99B", "NONE")), JsonNode.class)
                .getStatusCode().is2xxSuccessful()).isTrue();
        List<Long> wireIds = new ArrayList<>();
        for (long documentId : sendable) {
            ResponseEntity<JsonNode> sent = http.postForEntity("/api/v1/deals/" + dealId + "/documents/" + documentId
                    + "/edifact", Map.of("partner", partner), JsonNode.class);
            assertThat(sent.getStatusCode()).as("EDIFACT send: %s", sent.getBody()).isEqualTo(HttpStatus.ACCEPTED);
            wireIds.add(sent.getBody().get("wireMessageId").asLong());
        }
        long inbound = drop(iftmbc(reference("PB"), bookingNo));
        long elsewhere = drop(iftmbc(reference("PX"), "PRMX" + System.nanoTime()));
        for (long id : List.of(inbound, elsewhere)) {
            JsonNode finished = awaitFinished(id);
            assertThat(finished.get("status").asText()).as("%s", finished).isEqualTo("PROCESSED");
        }
        assertThat(message(inbound).get("dealId").asLong()).isEqualTo(dealId);
        assertThat(message(elsewhere).get("dealId").asLong()).isNotEqualTo(dealId);
        wireIds.add(inbound);
        wireIds.add(elsewhere);
        wireIds.forEach(id -> messages.add(message(id)));

        docs = PermissionDocuments.of(http, dealId);
        assertThat(docs).filteredOn(doc -> doc.type() == DocumentType.UL050).isNotEmpty();
        for (Doc doc : docs) {
            ResponseEntity<JsonNode> uploaded = http.postForEntity(attachmentsOf(doc), multipart("operator.pdf", pdf(-1)),
                    JsonNode.class);
            assertThat(uploaded.getStatusCode()).as("%s", uploaded.getBody()).isEqualTo(HttpStatus.CREATED);
            attachments.put(doc.id(), uploaded.getBody().get("id").asLong());
        }
        arranged = true;
    }

    @Test
    void dealSearchFindsTheDealExactlyForItsParticipants() {
        List<Participant> callers = new ArrayList<>(participants);
        callers.add(outsider);
        List<String> mismatches = PermissionCases.mismatches(callers, (participant, mismatch) -> {
            boolean on = participant != outsider;
            for (String query : List.of("?bookingNo=" + bookingNo, "?bookingNo=" + bookingNo + "&carrierCode=ONEY",
                    "?limit=500")) {
                JsonNode found = participant.client().getForObject("/api/v1/deals" + query, JsonNode.class);
                boolean finds = found.findValues("id").stream().anyMatch(id -> id.asLong() == dealId);
                if (finds != on) {
                    mismatch.accept(participant + " searching deals" + query + (on ? " misses" : " finds") + " the deal");
                }
            }
        });
        assertThat(mismatches).isEmpty();
    }

    /** The deal's list and each document's page, for the documents the API, the inbox and 限定公開 added. */
    @Test
    void eachParticipantSeesExactlyTheDocumentsItMayReadListedAndOpened() {
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            JsonNode deal = participant.client().getForObject("/api/v1/deals/" + dealId, JsonNode.class);
            Set<Long> listed = new TreeSet<>();
            deal.get("documents").forEach(document -> listed.add(document.get("id").asLong()));
            Set<Long> expected = PermissionDocuments.allowed(docs, participant, Operation.LIST);
            if (!listed.equals(expected)) {
                mismatch.accept(participant + " lists " + listed + ", may list " + expected);
            }
            for (Doc doc : docs) {
                expect(mismatch, participant + " reads " + doc, doc.expected(participant, Operation.READ, 200),
                        participant.client().getForEntity("/api/v1/deals/" + dealId + "/documents/" + doc.id(),
                                JsonNode.class));
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(get(outsider, "/api/v1/deals/" + dealId).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /** Every document has a trace on the timeline (the operator attached a file to each): exactly those readable show. */
    @Test
    void theTimelineShowsExactlyTheTracesOfDocumentsTheParticipantMayRead() {
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            JsonNode events = participant.client().getForObject("/api/v1/deals/" + dealId + "/events?limit=1000",
                    JsonNode.class);
            Set<Long> traced = new TreeSet<>();
            events.forEach(event -> {
                if (event.hasNonNull("documentId")) {
                    traced.add(event.get("documentId").asLong());
                }
            });
            Set<Long> expected = PermissionDocuments.allowed(docs, participant, Operation.READ);
            if (!traced.equals(expected)) {
                mismatch.accept(participant + " sees traces of " + traced + ", may read " + expected);
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(get(outsider, "/api/v1/deals/" + dealId + "/events").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * The root document (field lineage): a participant sees exactly the shared fields carried by documents
     * it may read, and a value's source document only when it may read that document.
     */
    @Test
    void theRootDocumentShowsExactlyTheFieldsOfDocumentsTheParticipantMayRead() {
        JsonNode all = http.getForObject("/api/v1/deals/" + dealId + "/root", JsonNode.class);
        Set<String> valued = new TreeSet<>(all.get("fields").findValuesAsText("name"));
        assertThat(valued).as("the samples and the booking confirmation give the root values").contains("vesselName");
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            JsonNode root = participant.client().getForObject("/api/v1/deals/" + dealId + "/root", JsonNode.class);
            Set<Long> readable = PermissionDocuments.allowed(docs, participant, Operation.READ);
            Set<String> expected = new TreeSet<>();
            docs.stream().filter(doc -> readable.contains(doc.id()))
                    .forEach(doc -> shared.fieldsOf(doc.type()).forEach(field -> expected.add(field.name())));
            expected.retainAll(valued);
            Set<String> seen = new TreeSet<>();
            for (JsonNode field : root.get("fields")) {
                seen.add(field.get("name").asText());
                for (JsonNode source : field.findValues("source")) {
                    if (source.hasNonNull("document") && !readable.contains(source.at("/document/id").asLong())) {
                        mismatch.accept(participant + " is told " + field.get("name").asText() + " came from document "
                                + source.at("/document/id").asLong() + ", which it may not read");
                    }
                }
                for (JsonNode carrier : field.get("documents")) {
                    if (!readable.contains(carrier.get("id").asLong())) {
                        mismatch.accept(participant + " sees document " + carrier.get("id").asLong() + " carrying "
                                + field.get("name").asText() + " but may not read it");
                    }
                }
            }
            if (!seen.equals(expected)) {
                mismatch.accept(participant + " sees root fields " + seen + ", expected " + expected);
            }
        });
        assertThat(mismatches).isEmpty();
        assertThat(get(outsider, "/api/v1/deals/" + dealId + "/root").getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * 一括ダウンロード as CSV and as ZIP: each file holds exactly the documents of the types the participant
     * may DOWNLOAD that exist for it; a participant that may download nothing is refused, and nobody
     * fetches another company's job.
     */
    @Test
    void bulkDownloadHoldsExactlyTheDocumentsTheParticipantMayDownload() {
        Map<Participant, Long> zipJobs = new java.util.concurrent.ConcurrentHashMap<>();
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            Set<Long> expected = PermissionDocuments.allowed(docs, participant, Operation.DOWNLOAD);
            Set<String> expectedTypes = new TreeSet<>();
            for (DocumentType type : DocumentType.values()) {
                if (participant.may(type, Operation.DOWNLOAD)) {
                    expectedTypes.add(type.name());
                }
            }
            for (String format : List.of("CSV", "ZIP")) {
                ResponseEntity<JsonNode> asked = participant.client().postForEntity("/api/v1/deals/" + dealId + "/exports",
                        Map.of("format", format), JsonNode.class);
                if (!participant.mayAnything(Operation.DOWNLOAD)) {
                    expect(mismatch, participant + " asks for a " + format + " of a deal it may download nothing of",
                            403, asked);
                    continue;
                }
                if (asked.getStatusCode() != HttpStatus.ACCEPTED) {
                    mismatch.accept(participant + " asks for a " + format + ": " + asked.getStatusCode() + " "
                            + abbreviated(asked.getBody()));
                    continue;
                }
                long job = asked.getBody().get("id").asLong();
                byte[] file = exported(participant, job);
                if (format.equals("CSV")) {
                    compare(mismatch, participant + " CSV", expected, csvIds(file));
                } else {
                    zipJobs.put(participant, job);
                    Map<String, byte[]> entries = unzip(file);
                    compare(mismatch, participant + " ZIP documents/", expected, zipDocumentIds(entries.keySet()));
                    compare(mismatch, participant + " ZIP documents.csv", expected, csvIds(entries.get("documents.csv")));
                    JsonNode manifest = json.readTree(entries.get("manifest.json"));
                    Set<String> types = new TreeSet<>();
                    manifest.get("documentTypes").forEach(type -> types.add(type.asText()));
                    if (!types.equals(expectedTypes)) {
                        mismatch.accept(participant + " ZIP manifest types " + types + ", may download " + expectedTypes);
                    }
                }
            }
        });
        assertThat(mismatches).isEmpty();
        // a job is its requester's: another participant, even one allowed more, does not learn it exists
        List<Participant> withJobs = participants.stream().filter(zipJobs::containsKey).toList();
        for (int i = 0; i < withJobs.size(); i++) {
            Participant other = withJobs.get((i + 1) % withJobs.size());
            long job = zipJobs.get(withJobs.get(i));
            assertThat(get(other, "/api/v1/exports/" + job + "/content").getStatusCode()).as("%s fetches job %d", other, job)
                    .isEqualTo(HttpStatus.NOT_FOUND);
        }
        assertThat(outsider.client().postForEntity("/api/v1/deals/" + dealId + "/exports", Map.of("format", "CSV"),
                JsonNode.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    /**
     * Per participant and document: listing and downloading attachments needs ATTACHMENT_READ, adding
     * and removing ATTACHMENT_WRITE; a participant allowed to adds its own file and removes it again,
     * one that is not cannot remove the operator's.
     */
    @Test
    void attachmentsFollowTheRightsOnTheirDocumentsType() {
        List<String> mismatches = PermissionCases.mismatches(participants, (participant, mismatch) -> {
            for (Doc doc : docs) {
                String what = participant + " on " + doc;
                long operatorAttachment = attachments.get(doc.id());
                ResponseEntity<JsonNode> listed = participant.client().getForEntity(attachmentsOf(doc), JsonNode.class);
                expect(mismatch, what + " lists attachments", doc.expected(participant, Operation.ATTACHMENT_READ, 200),
                        listed);
                if (listed.getStatusCode() == HttpStatus.OK
                        && listed.getBody().findValues("id").stream().noneMatch(id -> id.asLong() == operatorAttachment)) {
                    mismatch.accept(what + " lists attachments without the operator's");
                }
                expect(mismatch, what + " downloads an attachment",
                        doc.expected(participant, Operation.ATTACHMENT_READ, 200),
                        participant.client().getForEntity(attachmentsOf(doc) + "/" + operatorAttachment, byte[].class));
                ResponseEntity<JsonNode> uploaded = participant.client().postForEntity(attachmentsOf(doc),
                        multipart("p" + participant.index() + ".pdf", pdf(participant.index())), JsonNode.class);
                expect(mismatch, what + " attaches a file", doc.expected(participant, Operation.ATTACHMENT_WRITE, 201),
                        uploaded);
                if (uploaded.getStatusCode() == HttpStatus.CREATED) {
                    expect(mismatch, what + " removes its attachment", 204, participant.client().exchange(
                            attachmentsOf(doc) + "/" + uploaded.getBody().get("id").asLong(), HttpMethod.DELETE, null,
                            String.class));
                } else {
                    expect(mismatch, what + " removes the operator's attachment",
                            doc.visibleTo(participant) ? 403 : 404, participant.client().exchange(
                                    attachmentsOf(doc) + "/" + operatorAttachment, HttpMethod.DELETE, null, String.class));
                }
            }
        });
        assertThat(mismatches).isEmpty();
        for (Doc doc : docs) {
            assertThat(get(outsider, attachmentsOf(doc)).getStatusCode()).as("outsider on %s", doc)
                    .isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(http.getForObject(attachmentsOf(doc), JsonNode.class).findValues("id")).as("%s", doc)
                    .extracting(JsonNode::asLong).containsExactly(attachments.get(doc.id()));
        }
    }

    /**
     * The wire archive: a participant finds, opens and downloads exactly the messages of the deal that
     * carried no document or one it may read (and that exists for it), never the other deal's; nobody
     * but the operator re-processes or re-sends.
     */
    @Test
    void theWireArchiveShowsExactlyTheMessagesOfTheDealTheParticipantMayRead() {
        Map<Long, Doc> byId = new HashMap<>();
        docs.forEach(doc -> byId.put(doc.id(), doc));
        Set<Long> ours = new TreeSet<>();
        messages.forEach(message -> ours.add(message.get("id").asLong()));
        List<Participant> callers = new ArrayList<>(participants);
        callers.add(outsider);
        String search = UriComponentsBuilder.fromPath("/api/v1/messages")
                .queryParam("from", started.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME))
                .queryParam("limit", 500).encode().toUriString();
        List<String> mismatches = PermissionCases.mismatches(callers, (participant, mismatch) -> {
            Set<Long> expected = new TreeSet<>();
            for (JsonNode message : messages) {
                boolean onDeal = participant != outsider && message.path("dealId").asLong() == dealId;
                Doc carried = message.hasNonNull("documentId") ? byId.get(message.get("documentId").asLong()) : null;
                boolean visible = onDeal && (!message.hasNonNull("documentId")
                        || carried != null && carried.allows(participant, Operation.READ));
                long id = message.get("id").asLong();
                if (visible) {
                    expected.add(id);
                }
                String what = participant + " on wire message " + id + " (" + carried + ")";
                expect(mismatch, what, visible ? 200 : 404,
                        participant.client().getForEntity("/api/v1/messages/" + id, JsonNode.class));
                expect(mismatch, what + " raw", visible ? 200 : 404,
                        participant.client().getForEntity("/api/v1/messages/" + id + "/raw", byte[].class));
                String operation = message.get("direction").asText().equals("IN") ? "reprocess" : "resend";
                expect(mismatch, what + " " + operation, 403, participant.client().postForEntity(
                        "/api/v1/messages/" + id + "/" + operation, null, String.class));
            }
            JsonNode found = participant.client().getForObject(search, JsonNode.class);
            Set<Long> listed = new TreeSet<>();
            found.findValues("id").forEach(id -> listed.add(id.asLong()));
            listed.retainAll(ours);
            if (!listed.equals(expected)) {
                mismatch.accept(participant + " finds wire messages " + listed + ", may see " + expected);
            }
            JsonNode byBooking = participant.client().getForObject("/api/v1/messages?bookingNo=" + bookingNo,
                    JsonNode.class);
            Set<Long> foundByBooking = new TreeSet<>();
            byBooking.findValues("id").forEach(id -> foundByBooking.add(id.asLong()));
            if (!expected.containsAll(foundByBooking)) {
                mismatch.accept(participant + " finds by booking number " + foundByBooking + ", may see " + expected);
            }
        });
        assertThat(mismatches).isEmpty();
    }

    /**
     * A NACCS draft is prefilled from the deal's documents (the export declaration ECR from the S/I), and
     * shows each value with its source: only documents its drafter may read may feed it. Drafting needs a
     * person (a platform user), so the business types' defaults and one weakened grant stand for the
     * cases here.
     */
    @Test
    void aNaccsDraftIsPrefilledOnlyFromDocumentsTheDrafterMayRead() {
        long latestInstruction = docs.stream().filter(doc -> doc.type() == DocumentType.UL040)
                .mapToLong(Doc::id).max().orElseThrow();
        List<Participant> drafters = participants.stream()
                .filter(participant -> participant.pattern() == PermissionCases.Pattern.DEFAULTS
                        || participant.businessType() == BusinessType.FORWARDER)
                .toList();
        List<String> mismatches = PermissionCases.mismatches(drafters, (participant, mismatch) -> {
            TestRestTemplate person = PlatformFixtures.user(http, participant.company());
            ResponseEntity<JsonNode> drafted = person.postForEntity("/api/v1/deals/" + dealId + "/naccs/ECR", null,
                    JsonNode.class);
            if (drafted.getStatusCode() != HttpStatus.CREATED) {
                mismatch.accept(participant + " drafts ECR: " + drafted.getStatusCode() + " " + abbreviated(drafted.getBody()));
                return;
            }
            Set<Long> readable = PermissionDocuments.allowed(docs, participant, Operation.READ);
            Set<Long> sources = new TreeSet<>();
            drafted.getBody().get("items").forEach(item -> {
                String source = item.path("source").asText("");
                if (source.matches("UL\\d{3}#\\d+ .*")) {
                    sources.add(Long.parseLong(source.substring(6, source.indexOf(' '))));
                }
            });
            if (drafted.getBody().hasNonNull("sourceDocumentId")) {
                sources.add(drafted.getBody().get("sourceDocumentId").asLong());
            }
            Set<Long> unreadable = new TreeSet<>(sources);
            unreadable.removeAll(readable);
            if (!unreadable.isEmpty()) {
                mismatch.accept(participant + "'s ECR draft is prefilled from " + unreadable + ", which it may not read");
            }
            if (readable.contains(latestInstruction) && !sources.contains(latestInstruction)) {
                mismatch.accept(participant + "'s ECR draft is not prefilled from the S/I #" + latestInstruction
                        + " it may read");
            }
        });
        assertThat(mismatches).isEmpty();
    }

    private Participant participant(BusinessType businessType, PermissionCases.Pattern pattern) {
        return participants.stream()
                .filter(participant -> participant.businessType() == businessType && participant.pattern() == pattern)
                .findFirst().orElseThrow();
    }

    private byte[] exported(Participant participant, long job) {
        JsonNode done = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> participant.client().getForObject("/api/v1/exports/" + job, JsonNode.class),
                        status -> !Set.of("QUEUED", "RUNNING").contains(status.path("status").asText()));
        assertThat(done.get("status").asText()).as("%s", done).isEqualTo("DONE");
        ResponseEntity<byte[]> content = participant.client().getForEntity("/api/v1/exports/" + job + "/content",
                byte[].class);
        assertThat(content.getStatusCode()).isEqualTo(HttpStatus.OK);
        return content.getBody();
    }

    private static void compare(Consumer<String> mismatch, String what, Set<Long> expected, Set<Long> actual) {
        if (!actual.equals(expected)) {
            mismatch.accept(what + " holds " + actual + ", may hold " + expected);
        }
    }

    /** The documentId column of an export's CSV (UTF-8 with a byte-order mark). */
    private static Set<Long> csvIds(byte[] csv) throws IOException {
        String text = new String(csv, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        Set<Long> ids = new TreeSet<>();
        try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
                .with(CsvSchema.emptySchema().withHeader()).readValues(text)) {
            while (rows.hasNext()) {
                ids.add(Long.parseLong(rows.next().get("documentId")));
            }
        }
        return ids;
    }

    private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    /** Ids from {@code documents/<id>-<type>.json} entries. */
    private static Set<Long> zipDocumentIds(Set<String> names) {
        Set<Long> ids = new TreeSet<>();
        names.stream().filter(name -> name.startsWith("documents/"))
                .map(name -> name.substring("documents/".length(), name.indexOf('-')))
                .forEach(id -> ids.add(Long.parseLong(id)));
        return ids;
    }

    private String attachmentsOf(Doc doc) {
        return "/api/v1/deals/" + dealId + "/documents/" + doc.id() + "/attachments";
    }

    private static ResponseEntity<JsonNode> get(Participant participant, String path) {
        return participant.client().getForEntity(path, JsonNode.class);
    }

    /** A minimal one-page PDF; {@code seed} makes the bytes differ per uploader. */
    private static byte[] pdf(int seed) {
        return ("%PDF-1.4\n%seed " + seed + "\n"
                + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static HttpEntity<MultiValueMap<String, Object>> multipart(String fileName, byte[] content) {
        MultiValueMap<String, Object> body = new LinkedMultiValueMap<>();
        body.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(body, headers);
    }
}
