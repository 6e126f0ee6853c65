package io.minato.hub.mappings.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every document type × business type × limit × operation against the shipped matrix: the cases come
 * from the enums and the loaded file, so a new document type, business type or operation is covered
 * without touching this test. The golden cases below are written out by hand from the reasoning in the
 * file, so that a matrix edited by mistake fails here loudly rather than passing its own echo.
 */
class AccessPolicyExhaustiveTest {

    static final Path MATRIX = Path.of("../config/permissions/matrix.yml");
    private static final PermissionMatrix matrix = PermissionMatrix.load(MATRIX.toString());
    private static final AccessPolicy policy = new AccessPolicy(matrix);
    private static final long DEAL = 4711;
    private static final String PARTNER = "PARTNER";
    /** Holds every business type and nothing weakened: the strongest a co-participant can be. */
    private static final String OTHER = "OTHER";

    /**
     * For each cell and each limit a deal may set (none, or any rights up to the default): every
     * operation is allowed exactly when its required rights are covered by the weaker of default and limit.
     */
    @TestFactory
    Stream<DynamicTest> everyOperationIsAllowedExactlyWithinTheEffectiveRights() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (BusinessType businessType : BusinessType.values()) {
                Rights defaults = matrix.rights(type, businessType);
                List<Rights> limits = new ArrayList<>();
                limits.add(null);
                Stream.of(Rights.values()).filter(defaults::covers).forEach(limits::add);
                for (Rights limit : limits) {
                    tests.add(dynamicTest(type + " " + businessType + " default " + defaults + " limit " + limit,
                            () -> checkEveryOperation(type, businessType, defaults, limit)));
                }
            }
        }
        return tests.stream();
    }

    private static void checkEveryOperation(DocumentType type, BusinessType businessType, Rights defaults,
                                            Rights limit) {
        ParticipantGrant grant = policy.grant(PARTNER, Set.of(businessType), limit == null ? Map.of() : Map.of(type, limit));
        DealParticipation deal = DealParticipation.of(DEAL, List.of(grant,
                ParticipantGrant.withDefaults(OTHER, EnumSet.allOf(BusinessType.class))));
        Rights expected = limit == null ? defaults : limit;   // limits at or below the default only
        assertThat(policy.rights(PARTNER, deal, type)).isEqualTo(expected);
        for (Operation operation : Operation.values()) {
            boolean allowed = operation.required().compareTo(expected) <= 0;
            assertThat(policy.allows(PARTNER, deal, type, operation))
                    .as("%s as %s on %s, limit %s", operation, businessType, type, limit).isEqualTo(allowed);
            if (allowed) {
                assertThatCode(() -> policy.check(PARTNER, deal, type, operation)).doesNotThrowAnyException();
            } else {
                assertThatThrownBy(() -> policy.check(PARTNER, deal, type, operation))
                        .isInstanceOfSatisfying(DocumentAccessDeniedException.class, denied -> {
                            assertThat(denied.held()).isEqualTo(expected);
                            assertThat(denied.needed()).isEqualTo(operation.required());
                            assertThat(denied.participant()).isTrue();
                            assertThat(denied.getMessage()).contains(PARTNER, "deal " + DEAL, "取引 " + DEAL,
                                    type.name(), operation.englishVerb(), operation.japaneseName(),
                                    "needs " + operation.required().englishName(), "holds " + expected.englishName());
                        });
            }
        }
        // a limit on another document type leaves this one at its default
        DocumentType other = type == DocumentType.UL010 ? DocumentType.UL020 : DocumentType.UL010;
        ParticipantGrant elsewhere = policy.grant(PARTNER, Set.of(businessType), Map.of(other, Rights.NONE));
        assertThat(policy.rights(elsewhere, type)).isEqualTo(defaults);
    }

    /** Raising a limit above the default is refused with a message naming document, company, from and to. */
    @TestFactory
    Stream<DynamicTest> strengtheningIsRefusedForEveryCell() {
        List<DynamicTest> tests = new ArrayList<>();
        for (DocumentType type : DocumentType.values()) {
            for (BusinessType businessType : BusinessType.values()) {
                Rights defaults = matrix.rights(type, businessType);
                Stream.of(Rights.values()).filter(rights -> !defaults.covers(rights)).forEach(stronger ->
                        tests.add(dynamicTest(type + " " + businessType + " " + defaults + " → " + stronger, () -> {
                            assertThatThrownBy(() -> policy.grant(PARTNER, Set.of(businessType), Map.of(type, stronger)))
                                    .isInstanceOf(StrengtheningRefusedException.class)
                                    .hasMessageContaining("cannot strengthen " + type + " for " + PARTNER + " as "
                                            + businessType.name().toLowerCase().replace('_', ' ')
                                            + " from " + defaults + " to " + stronger);
                            // built around the policy, the grant still cannot raise the rights
                            ParticipantGrant smuggled = new ParticipantGrant(PARTNER, Set.of(businessType),
                                    Map.of(type, stronger));
                            assertThat(policy.rights(smuggled, type)).isEqualTo(defaults);
                        })));
            }
        }
        return tests.stream();
    }

    @Test
    void aCompanyNotOnTheDealIsDeniedEverythingWhateverItsBusinessTypes() {
        DealParticipation deal = DealParticipation.of(DEAL,
                List.of(ParticipantGrant.withDefaults(OTHER, EnumSet.allOf(BusinessType.class))));
        for (DocumentType type : DocumentType.values()) {
            assertThat(policy.rights(PARTNER, deal, type)).isEqualTo(Rights.NONE);
            for (Operation operation : Operation.values()) {
                assertThat(policy.allows(PARTNER, deal, type, operation)).isFalse();
                assertThatThrownBy(() -> policy.check(PARTNER, deal, type, operation))
                        .isInstanceOfSatisfying(DocumentAccessDeniedException.class, denied -> {
                            assertThat(denied.participant()).isFalse();
                            assertThat(denied.held()).isEqualTo(Rights.NONE);
                            assertThat(denied.getMessage()).contains("not a participant", "取引の参加者ではありません");
                        });
            }
        }
        assertThat(policy.rights(null, deal, DocumentType.UL040)).isEqualTo(Rights.NONE);
    }

    /** A company acting in two business types on one deal gets the stronger default of the two, per document. */
    @Test
    void severalBusinessTypesOnADealGiveTheStrongestDefault() {
        for (DocumentType type : DocumentType.values()) {
            for (BusinessType first : BusinessType.values()) {
                for (BusinessType second : BusinessType.values()) {
                    Rights a = matrix.rights(type, first);
                    Rights b = matrix.rights(type, second);
                    DealParticipation deal = DealParticipation.of(DEAL,
                            List.of(ParticipantGrant.withDefaults(PARTNER, EnumSet.of(first, second))));
                    assertThat(policy.rights(PARTNER, deal, type)).as("%s as %s + %s", type, first, second)
                            .isEqualTo(a.compareTo(b) >= 0 ? a : b);
                }
            }
        }
    }

    @Test
    void aLimitForSeveralBusinessTypesIsMeasuredAgainstTheirStrongestDefault() {
        // FORWARDER + CUSTOMS_BROKER: UL100 default READ (neither writes the shipper's invoice)
        assertThatThrownBy(() -> policy.grant(PARTNER, Set.of(BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER),
                Map.of(DocumentType.UL100, Rights.READ_WRITE)))
                .hasMessageStartingWith("cannot strengthen UL100 for PARTNER as forwarder + customs broker from READ to READ_WRITE");
        ParticipantGrant grant = policy.grant(PARTNER, Set.of(BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER),
                Map.of(DocumentType.UL040, Rights.READ));
        assertThat(policy.rights(grant, DocumentType.UL040)).isEqualTo(Rights.READ);
    }

    /** Hand-written from the reasons in matrix.yml; not derived from the file. */
    @ParameterizedTest(name = "{0} {1} → {2}")
    @CsvSource({
            "UL050, OCEAN_CARRIER,     READ_WRITE",   // the carrier issues the booking confirmation
            "UL050, SHIP_AGENT,        READ_WRITE",
            "UL050, SHIPPER,           READ",
            "UL050, FORWARDER,         READ",
            "UL010, SHIPPER,           READ_WRITE",   // the cargo side asks for space
            "UL010, OCEAN_CARRIER,     READ",
            "UL040, FORWARDER,         READ_WRITE",   // the S/I: shipper / forwarder write, carrier reads
            "UL040, OCEAN_CARRIER,     READ",
            "UL040, CUSTOMS_BROKER,    READ",
            "UL040, TRUCKER,           NONE",
            "UL100, SHIPPER,           READ_WRITE",   // the invoice is the shipper's
            "UL100, CUSTOMS_BROKER,    READ",
            "UL100, TRUCKER,           NONE",
            "UL100, OCEAN_CARRIER,     NONE",
            "UL080, TERMINAL_OPERATOR, READ_WRITE",   // the terminal writes the EIR at the gate
            "UL080, TRUCKER,           READ",
            "UL090, TERMINAL_OPERATOR, READ",
            "UL150, OCEAN_CARRIER,     READ_WRITE",
            "UL150, NVOCC,             READ_WRITE",   // house B/L
            "UL150, SHIPPER,           READ",
            "UL300, TERMINAL_OPERATOR, READ",          // the terminal releases against the D/O
            "UL440, REGISTERED_SCREENER, READ_WRITE", // VGM declarers
            "UL440, REGISTERED_CONSIGNOR, READ_WRITE",
            "UL440, OCEAN_CARRIER,     READ",
            "UL490, TERMINAL_OPERATOR, READ_WRITE",
    })
    void goldenCells(DocumentType type, BusinessType businessType, Rights expected) {
        assertThat(matrix.rights(type, businessType)).isEqualTo(expected);
    }

    @Test
    void theSystemVendorSeesNothingOfItsOwn() {
        for (DocumentType type : DocumentType.values()) {
            assertThat(matrix.rights(type, BusinessType.SYSTEM_VENDOR)).as(type.name()).isEqualTo(Rights.NONE);
        }
    }

    @Test
    void everyDocumentTypeHasSomeoneWhoWritesIt() {
        for (DocumentType type : DocumentType.values()) {
            assertThat(matrix.row(type).containsValue(Rights.READ_WRITE)).as(type.name()).isTrue();
        }
    }

    @Test
    void readingNeedsReadAndChangingOrSendingNeedsReadWrite() {
        assertThat(EnumSet.allOf(Operation.class).stream().filter(o -> o.required() == Rights.READ))
                .containsExactlyInAnyOrder(Operation.READ, Operation.LIST, Operation.SEARCH, Operation.DOWNLOAD,
                        Operation.ATTACHMENT_READ);
        assertThat(EnumSet.allOf(Operation.class).stream().filter(o -> o.required() == Rights.READ_WRITE))
                .containsExactlyInAnyOrder(Operation.CREATE, Operation.UPDATE, Operation.DELETE, Operation.SEND,
                        Operation.ATTACHMENT_WRITE);
        assertThat(EnumSet.allOf(Operation.class).stream().map(Operation::required)).doesNotContain(Rights.NONE);
    }
}
