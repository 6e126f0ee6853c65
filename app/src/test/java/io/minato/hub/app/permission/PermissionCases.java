package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.PlatformFixtures;
import io.minato.hub.app.security.ApiKeys;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.PermissionMatrix;
import io.minato.hub.mappings.permission.Rights;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * The generated cases of the exhaustive permission tests: one company per business type and grant
 * pattern (13 × 3), each calling with its own API key, and what it may do with every document type,
 * computed here from {@code config/permissions/matrix.yml} (through the matrix the hub read, which
 * {@code PermissionConfigurationTest} ties to the file) and the limits chosen, never by the code under
 * test. Companies are registered once per test class; {@link #inviteAll} puts them on any deal.
 */
final class PermissionCases {

    /** How a participant's grant weakens the defaults, per document type (by its position in the enum). */
    enum Pattern {
        DEFAULTS, CAP_READ_ON_EVEN_NONE_ON_THIRD, NONE_ON_EVEN_READ_ON_ODD;

        /** The limit for a type, or null for the default. */
        Rights limit(DocumentType type) {
            int i = type.ordinal();
            return switch (this) {
                case DEFAULTS -> null;
                case CAP_READ_ON_EVEN_NONE_ON_THIRD -> i % 3 == 0 ? Rights.NONE : i % 2 == 0 ? Rights.READ : null;
                case NONE_ON_EVEN_READ_ON_ODD -> i % 2 == 0 ? Rights.NONE : Rights.READ;
            };
        }
    }

    /**
     * One generated company.
     *
     * @param limits   what its invitation asks (type code → READ or NONE): only limits below the default
     * @param expected its rights per document type on every deal it is invited to with {@code limits}
     * @param client   calls as the company, with its API key
     */
    record Participant(int index, BusinessType businessType, Pattern pattern, String company, String apiKey,
                       Map<String, String> limits, Map<DocumentType, Rights> expected, TestRestTemplate client) {

        boolean may(DocumentType type, Operation operation) {
            return expected.get(type).covers(operation.required());
        }

        boolean mayAnything(Operation operation) {
            return expected.keySet().stream().anyMatch(type -> may(type, operation));
        }

        @Override
        public String toString() {
            return company + " (" + businessType + ", " + pattern + ")";
        }
    }

    private final TestRestTemplate operator;
    private final PermissionMatrix matrix;
    private final ApiKeys apiKeys;
    private final PlatformUsers platformUsers;
    private final Function<String, TestRestTemplate> keyed;

    /** @param keyed a client calling with the API key it is given (HubIntegrationTest.withHeader) */
    PermissionCases(TestRestTemplate operator, PermissionMatrix matrix, ApiKeys apiKeys, PlatformUsers platformUsers,
                    Function<String, TestRestTemplate> keyed) {
        this.keyed = keyed;
        this.operator = operator;
        this.matrix = matrix;
        this.apiKeys = apiKeys;
        this.platformUsers = platformUsers;
    }

    /** Registers one company per business type and pattern, each with an API key. */
    List<Participant> participants(String prefix) {
        List<Participant> participants = new ArrayList<>();
        for (BusinessType businessType : BusinessType.values()) {
            for (Pattern pattern : Pattern.values()) {
                String company = PlatformFixtures.company(operator, prefix, businessType);
                Map<String, String> limits = new LinkedHashMap<>();
                Map<DocumentType, Rights> expected = new EnumMap<>(DocumentType.class);
                for (DocumentType type : DocumentType.values()) {
                    Rights defaults = matrix.rights(type, businessType);
                    Rights limit = pattern.limit(type);
                    // a grant may only weaken: ask for a limit only where it is below the default
                    if (limit != null && limit.ordinal() < defaults.ordinal()) {
                        limits.put(type.name(), limit.name());
                        expected.put(type, limit);
                    } else {
                        expected.put(type, defaults);
                    }
                }
                String apiKey = key(company);
                participants.add(new Participant(participants.size(), businessType, pattern, company, apiKey, limits,
                        expected, client(apiKey)));
            }
        }
        return participants;
    }

    /** Invites every participant to the deal with its pattern's limits, as {@code inviter}. */
    static void inviteAll(TestRestTemplate inviter, long dealId, List<Participant> participants) {
        for (Participant participant : participants) {
            ResponseEntity<JsonNode> invited = PlatformFixtures.invite(inviter, dealId, participant.company(),
                    List.of(participant.businessType()), participant.limits(), false);
            assertThat(invited.getStatusCode()).as("invite %s: %s", participant, invited.getBody())
                    .isEqualTo(HttpStatus.CREATED);
        }
    }

    /** A company on no deal, holding every business type. */
    Participant outsider() {
        String company = PlatformFixtures.company(operator, "OUT", BusinessType.values());
        String apiKey = key(company);
        Map<DocumentType, Rights> none = new EnumMap<>(DocumentType.class);
        for (DocumentType type : DocumentType.values()) {
            none.put(type, Rights.NONE);
        }
        return new Participant(-1, null, null, company, apiKey, Map.of(), none, client(apiKey));
    }

    /** A client that calls as the holder of the API key; it answers errors rather than throwing them. */
    TestRestTemplate client(String apiKey) {
        return keyed.apply(apiKey);
    }

    String key(String company) {
        return apiKeys.issue(platformUsers.partyId(company).orElseThrow(), "permission cases", "TEST", null).apiKey();
    }

    /**
     * Runs the check for each item on a few threads (the HTTP calls are independent and mostly wait) and
     * answers every mismatch the checks reported, so that one run names all leaks, not the first.
     */
    static <T> List<String> mismatches(Collection<T> items, MismatchCheck<T> check) {
        Queue<String> found = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (T item : items) {
                running.add(pool.submit(() -> {
                    check.run(item, found::add);
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the permission checks ran", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("a permission check failed to run", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return found.stream().sorted().toList();
    }

    /** A check of one item that reports what it finds wrong. */
    @FunctionalInterface
    interface MismatchCheck<T> {
        void run(T item, Consumer<String> mismatch) throws Exception;
    }
}
