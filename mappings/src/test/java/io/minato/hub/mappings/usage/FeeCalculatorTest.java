package io.minato.hub.mappings.usage;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.party.BusinessType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Golden cases written from the text of 別紙2 利用料細則 (fee rules from April 2026), one per rule and
 * edge. The expected figures are worked out by hand from the rules, not by the calculator.
 */
class FeeCalculatorTest {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final FeeCalculator CALCULATOR = new FeeCalculator(FeeRules.APRIL_2026);
    private static final CompanyProfile FORWARDER = company("FWD", Set.of(BusinessType.FORWARDER), Optional.empty());

    private final List<UsageEvent> events = new ArrayList<>();
    private long nextId = 1;

    @Nested
    class TheHundredDealAllowance {

        @Test
        void theFirstHundredDealsFromApril2026AreNotCountedAtAll() {
            touchDeals(1, 100, UsageOperation.UPDATE, "2026-04-10T10:00");

            MonthlyUsage april = month(FORWARDER, "2026-04");

            assertThat(april.counted()).hasSize(100).allMatch(CountedDeal::inAllowance);
            assertThat(april.billableDeals()).isZero();
            assertThat(april.feeYen()).isZero();
            assertThat(april.allowanceBefore()).isZero();
            assertThat(april.allowanceAfter()).isEqualTo(100);
        }

        @Test
        void theAllowanceRunsOutInsideAMonthInTheOrderOfFirstOperations() {
            touchDeals(1, 95, UsageOperation.REGISTER, "2026-04-03T09:00");
            // May: 20 new deals, one a minute; the first five take the allowance's last places
            for (int i = 0; i < 20; i++) {
                touch(1_000 + i, UsageOperation.REGISTER, UsageChannel.PORTAL, at("2026-05-07T09:00").plusSeconds(60L * i));
            }

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.allowanceBefore()).isEqualTo(95);
            assertThat(may.allowanceAfter()).isEqualTo(100);
            assertThat(may.counted()).filteredOn(CountedDeal::inAllowance).extracting(CountedDeal::dealId)
                    .containsExactly(1_000L, 1_001L, 1_002L, 1_003L, 1_004L);
            assertThat(may.counted()).filteredOn(CountedDeal::inAllowance).extracting(CountedDeal::allowancePosition)
                    .containsExactly(96, 97, 98, 99, 100);
            assertThat(may.billableDeals()).isEqualTo(15);
            assertThat(may.basis()).isEqualTo(MonthlyUsage.Basis.BILLABLE_MONTH);
            assertThat(may.feeYen()).isEqualTo(6_600);
        }

        @Test
        void aDealOfTheAllowanceStaysUncountedWhenTouchedAgainInALaterMonth() {
            touchDeals(1, 100, UsageOperation.UPDATE, "2026-04-10T10:00");
            touchDeals(1, 11, UsageOperation.FETCH, "2026-06-02T10:00");

            MonthlyUsage june = month(FORWARDER, "2026-06");

            assertThat(june.counted()).hasSize(11).allMatch(CountedDeal::inAllowance);
            assertThat(june.billableDeals()).isZero();
            assertThat(june.feeYen()).isZero();
        }

        @Test
        void activityOnlyBeforeApril2026TakesNoPlaceInTheAllowance() {
            touchDeals(1, 50, UsageOperation.UPDATE, "2026-03-31T23:59");   // Japan time: still March
            touchDeals(1, 100, UsageOperation.UPDATE, "2026-04-01T00:00");  // the same 50 again, and 50 new
            touchDeals(200, 215, UsageOperation.UPDATE, "2026-04-20T12:00");

            MonthlyUsage march = month(FORWARDER, "2026-03");
            MonthlyUsage april = month(FORWARDER, "2026-04");

            assertThat(march.basis()).isEqualTo(MonthlyUsage.Basis.BEFORE_RULES);
            assertThat(march.feeYen()).isZero();
            assertThat(march.excluded()).hasSize(50).allMatch(deal -> deal.rules().equals(Set.of(Exclusion.BEFORE_RULES)));
            // deals 1–50 had activity on 1 April too, so they take places 1–50 like deals 51–100
            assertThat(april.counted()).filteredOn(CountedDeal::inAllowance).hasSize(100);
            assertThat(april.billableDeals()).isEqualTo(16);
            assertThat(april.feeYen()).isEqualTo(6_600);
        }
    }

    @Nested
    class TheFreeMonth {

        @Test
        void exactlyTenBillableDealsCostNothing() {
            allowanceUsedUpInApril();
            touchDeals(500, 509, UsageOperation.UPDATE, "2026-05-15T10:00");

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.billableDeals()).isEqualTo(10);
            assertThat(may.basis()).isEqualTo(MonthlyUsage.Basis.FREE_MONTH);
            assertThat(may.feeYen()).isZero();
        }

        @Test
        void elevenBillableDealsCostTheMonthlyFee() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-05-15T10:00");

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.billableDeals()).isEqualTo(11);
            assertThat(may.feeYen()).isEqualTo(6_600);
        }

        @Test
        void manyOperationsOnOneDealCountOnceWithTheFirstAsTheReason() {
            allowanceUsedUpInApril();
            touchDeals(500, 509, UsageOperation.UPDATE, "2026-05-15T10:00");
            UsageEvent first = touch(500, UsageOperation.REGISTER, UsageChannel.API, at("2026-05-01T08:00"));
            for (int i = 0; i < 30; i++) {
                touch(500, UsageOperation.FETCH, UsageChannel.PORTAL, at("2026-05-20T08:00").plusSeconds(i));
            }

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.billableDeals()).isEqualTo(10);
            assertThat(may.feeYen()).isZero();
            assertThat(may.counted()).filteredOn(deal -> deal.dealId() == 500).singleElement()
                    .extracting(CountedDeal::firstOperation).isEqualTo(first);
        }

        @Test
        void aDealTouchedInTwoMonthsCountsInEach() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-05-31T23:00");
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-06-01T01:00");

            assertThat(month(FORWARDER, "2026-05").billableDeals()).isEqualTo(11);
            assertThat(month(FORWARDER, "2026-06").billableDeals()).isEqualTo(11);
            assertThat(month(FORWARDER, "2026-06").feeYen()).isEqualTo(6_600);
        }

        @Test
        void theMonthIsJapanTime() {
            allowanceUsedUpInApril();
            // 2026-05-31T15:00Z is 1 June 00:00 in Japan: those eleven deals belong to June, not May
            for (long deal = 500; deal <= 510; deal++) {
                touch(deal, UsageOperation.UPDATE, UsageChannel.PORTAL, Instant.parse("2026-05-31T15:00:00Z"));
            }
            touch(600, UsageOperation.UPDATE, UsageChannel.PORTAL, Instant.parse("2026-05-31T14:59:59Z"));

            assertThat(month(FORWARDER, "2026-05").counted()).extracting(CountedDeal::dealId).containsExactly(600L);
            assertThat(month(FORWARDER, "2026-06").billableDeals()).isEqualTo(11);
        }
    }

    @Nested
    class Exclusions {

        @Test
        void dealsWithOnlyMessagesTasksOrSettingsAreExcludedAndSaySo() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.MESSAGE, "2026-05-15T10:00");
            touch(600, UsageOperation.SETTINGS, UsageChannel.PORTAL, at("2026-05-16T10:00"));
            touch(600, UsageOperation.TASK, UsageChannel.PORTAL, at("2026-05-16T11:00"));

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.counted()).isEmpty();
            assertThat(may.excluded()).hasSize(12)
                    .allMatch(deal -> deal.rules().equals(Set.of(Exclusion.NOT_A_DOCUMENT_OPERATION)));
            assertThat(may.feeYen()).isZero();
        }

        @Test
        void aCarrierThatOnlySendsEdifactIsNeverBilled() {
            CompanyProfile carrier = company("CAR", Set.of(BusinessType.OCEAN_CARRIER), Optional.empty());
            for (long deal = 1; deal <= 300; deal++) {
                touchAs(deal, UsageOperation.REGISTER, UsageChannel.EDIFACT, at("2026-05-10T10:00"), BusinessType.OCEAN_CARRIER);
                touchAs(deal, UsageOperation.UPDATE, UsageChannel.API, at("2026-05-11T10:00"), BusinessType.OCEAN_CARRIER);
            }

            MonthlyUsage may = month(carrier, "2026-05");

            assertThat(may.counted()).isEmpty();
            assertThat(may.excluded()).hasSize(300)
                    .allMatch(deal -> deal.rules().equals(Set.of(Exclusion.DATA_PROVISION_ONLY)));
            assertThat(may.allowanceAfter()).isZero();
            assertThat(may.feeYen()).isZero();
        }

        @Test
        void aCarrierThatFetchesOrUsesThePortalCounts() {
            CompanyProfile carrier = company("CAR", Set.of(BusinessType.OCEAN_CARRIER), Optional.empty());
            touchAs(1, UsageOperation.REGISTER, UsageChannel.EDIFACT, at("2026-05-10T10:00"), BusinessType.OCEAN_CARRIER);
            touchAs(1, UsageOperation.FETCH, UsageChannel.API, at("2026-05-12T10:00"), BusinessType.OCEAN_CARRIER);
            touchAs(2, UsageOperation.UPDATE, UsageChannel.PORTAL, at("2026-05-13T10:00"), BusinessType.OCEAN_CARRIER);
            touchAs(3, UsageOperation.REGISTER, UsageChannel.EDIFACT, at("2026-05-14T10:00"), BusinessType.OCEAN_CARRIER);

            MonthlyUsage may = month(carrier, "2026-05");

            assertThat(may.counted()).extracting(CountedDeal::dealId).containsExactly(1L, 2L);
            assertThat(may.excluded()).extracting(ExcludedDeal::dealId).containsExactly(3L);
        }

        @Test
        void aForwarderSendingEdifactIsNotAProviderAndCounts() {
            touchAs(1, UsageOperation.REGISTER, UsageChannel.EDIFACT, at("2026-05-10T10:00"), BusinessType.FORWARDER);

            assertThat(month(FORWARDER, "2026-05").counted()).extracting(CountedDeal::dealId).containsExactly(1L);
        }

        @Test
        void terminalInquiryDealsCountOnlyForTheAnsweringTerminal() {
            CompanyProfile trucker = company("TRK", Set.of(BusinessType.TRUCKER), Optional.empty());
            CompanyProfile terminal = company("TML", Set.of(BusinessType.TERMINAL_OPERATOR), Optional.empty());
            events.add(new UsageEvent(nextId++, 7, "UL480", UsageOperation.REGISTER, UsageChannel.PORTAL,
                    at("2026-05-10T10:00"), Set.of(BusinessType.TRUCKER), true));
            List<UsageEvent> truckers = List.copyOf(events);
            events.clear();
            events.add(new UsageEvent(nextId++, 7, "UL480", UsageOperation.UPDATE, UsageChannel.PORTAL,
                    at("2026-05-10T11:00"), Set.of(BusinessType.TERMINAL_OPERATOR), true));

            MonthlyUsage asker = CALCULATOR.month(trucker, truckers, YearMonth.of(2026, 5));
            MonthlyUsage answerer = CALCULATOR.month(terminal, events, YearMonth.of(2026, 5));

            assertThat(asker.counted()).isEmpty();
            assertThat(asker.excluded()).singleElement().extracting(ExcludedDeal::rules).isEqualTo(Set.of(Exclusion.TERMINAL_INQUIRY));
            assertThat(answerer.counted()).extracting(CountedDeal::dealId).containsExactly(7L);
        }

        @Test
        void aLinkedSystemOperatorIsNotBilledWithinItsLinkedFunctionsButIsOutsideThem() {
            CompanyProfile colins = company("COL", Set.of(BusinessType.TERMINAL_OPERATOR), Optional.of(UsageChannel.COLINS));
            touch(1, UsageOperation.UPDATE, UsageChannel.COLINS, at("2026-05-10T10:00"));
            touch(2, UsageOperation.UPDATE, UsageChannel.PORTAL, at("2026-05-10T10:00"));

            MonthlyUsage may = month(colins, "2026-05");

            assertThat(may.excluded()).singleElement().satisfies(deal -> {
                assertThat(deal.dealId()).isEqualTo(1L);
                assertThat(deal.rules()).containsExactly(Exclusion.LINKED_SYSTEM_OPERATOR);
            });
            assertThat(may.counted()).extracting(CountedDeal::dealId).containsExactly(2L);
        }

        @Test
        void aDealWithAnExcludedAndACountedOperationCounts() {
            touch(1, UsageOperation.MESSAGE, UsageChannel.PORTAL, at("2026-05-10T10:00"));
            UsageEvent update = touch(1, UsageOperation.UPDATE, UsageChannel.PORTAL, at("2026-05-10T11:00"));

            MonthlyUsage may = month(FORWARDER, "2026-05");

            assertThat(may.excluded()).isEmpty();
            assertThat(may.counted()).singleElement().extracting(CountedDeal::firstOperation).isEqualTo(update);
        }
    }

    @Nested
    class SystemVendors {

        private final Instant issued = Instant.parse("2026-05-31T14:30:00Z");    // 31 May 23:30 Japan time
        private final Instant revoked = Instant.parse("2026-07-01T00:30:00Z");   // 1 July 09:30 Japan time

        @Test
        void billedForEveryMonthHoldingProductionCredentialsWithoutProRating() {
            CompanyProfile vendor = vendor(List.of(new CredentialPeriod(issued, revoked)));

            assertThat(month(vendor, "2026-04").feeYen()).isZero();
            assertThat(month(vendor, "2026-04").basis()).isEqualTo(MonthlyUsage.Basis.SYSTEM_VENDOR_NO_CREDENTIALS);
            assertThat(month(vendor, "2026-05").feeYen()).isEqualTo(6_600);  // held for half an hour
            assertThat(month(vendor, "2026-06").feeYen()).isEqualTo(6_600);
            assertThat(month(vendor, "2026-07").feeYen()).isEqualTo(6_600);  // revoked on the 1st
            assertThat(month(vendor, "2026-08").feeYen()).isZero();
        }

        @Test
        void billedWhateverItsUseAndNotForUseWithoutCredentials() {
            touchDeals(1, 300, UsageOperation.UPDATE, "2026-09-10T10:00");

            assertThat(month(vendor(List.of()), "2026-09").feeYen()).isZero();
            assertThat(month(vendor(List.of(new CredentialPeriod(issued, null))), "2026-09").feeYen()).isEqualTo(6_600);
            assertThat(month(vendor(List.of(new CredentialPeriod(issued, null))), "2026-10").feeYen()).isEqualTo(6_600);
        }

        @Test
        void credentialsRevokedAtTheVeryStartOfAMonthDoNotBillIt() {
            Instant julyStart = LocalDateTime.parse("2026-07-01T00:00").atZone(JAPAN).toInstant();
            CompanyProfile vendor = vendor(List.of(new CredentialPeriod(issued, julyStart)));

            assertThat(month(vendor, "2026-06").feeYen()).isEqualTo(6_600);
            assertThat(month(vendor, "2026-07").feeYen()).isZero();
        }

        private CompanyProfile vendor(List<CredentialPeriod> credentials) {
            return new CompanyProfile("VND", Set.of(BusinessType.SYSTEM_VENDOR), Optional.empty(), credentials);
        }
    }

    /** 減額 (第6条): the operator's reductions, taken off the month's fee as the rules computed it. */
    @Nested
    class Reductions {

        private final FeeReduction julyFloodForAll = new FeeReduction(1, null, YearMonth.of(2026, 7),
                YearMonth.of(2026, 7), FeeReduction.Kind.PERCENT, 100, null, "令和8年7月豪雨災害による減額",
                "July 2026 floods");

        @Test
        void aDisasterMonthAtOneHundredPercentCostsNothingAndSaysWhy() {
            allowanceUsedUpInApril();
            touchDeals(500, 520, UsageOperation.UPDATE, "2026-07-15T10:00");

            MonthlyUsage july = month(FORWARDER, "2026-07", julyFloodForAll);

            assertThat(july.basis()).isEqualTo(MonthlyUsage.Basis.BILLABLE_MONTH);
            assertThat(july.billableDeals()).isEqualTo(21);
            assertThat(july.feeBeforeReductionYen()).isEqualTo(6_600);
            assertThat(july.feeYen()).isZero();
            assertThat(july.reduction().yenOff()).isEqualTo(6_600);
            assertThat(july.reduction().reduction().reasonJa()).isEqualTo("令和8年7月豪雨災害による減額");
        }

        @Test
        void aFiftyPercentReductionHalvesTheFee() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-05-20T10:00");
            FeeReduction half = new FeeReduction(2, "FWD", YearMonth.of(2026, 5), YearMonth.of(2026, 5),
                    FeeReduction.Kind.PERCENT, 50, null, "システム障害による減額", "system outage");

            MonthlyUsage may = month(FORWARDER, "2026-05", half);

            assertThat(may.feeYen()).isEqualTo(3_300);
            assertThat(may.reduction().yenOff()).isEqualTo(3_300);
        }

        @Test
        void aReductionForAnotherCompanyDoesNotApply() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-07-20T10:00");
            FeeReduction other = new FeeReduction(3, "OTHER", YearMonth.of(2026, 7), YearMonth.of(2026, 7),
                    FeeReduction.Kind.EXEMPTION, null, null, "被災企業の免除", "exemption of a stricken company");

            MonthlyUsage july = month(FORWARDER, "2026-07", other);

            assertThat(july.feeYen()).isEqualTo(6_600);
            assertThat(july.appliedReduction()).isEmpty();
        }

        @Test
        void aReductionOnAMonthThatCostsNothingAnywayTakesNothingOffButIsNamed() {
            allowanceUsedUpInApril();
            touchDeals(500, 505, UsageOperation.UPDATE, "2026-07-20T10:00");

            MonthlyUsage july = month(FORWARDER, "2026-07", julyFloodForAll);

            assertThat(july.basis()).isEqualTo(MonthlyUsage.Basis.FREE_MONTH);
            assertThat(july.feeYen()).isZero();
            assertThat(july.feeBeforeReductionYen()).isZero();
            assertThat(july.reduction().yenOff()).isZero();
            assertThat(july.reduction().reduction().id()).isEqualTo(1);
        }

        @Test
        void aRangeOfMonthsCoversItsFirstAndLastMonthAndNoOther() {
            allowanceUsedUpInApril();
            for (String month : List.of("2026-05", "2026-06", "2026-07", "2026-08")) {
                touchDeals(500, 510, UsageOperation.UPDATE, month + "-10T10:00");
            }
            FeeReduction summer = new FeeReduction(4, "FWD", YearMonth.of(2026, 6), YearMonth.of(2026, 7),
                    FeeReduction.Kind.AMOUNT, null, 1_000L, "復旧期間の減額", "recovery period");

            FiscalYearStatement statement = CALCULATOR.fiscalYear(FORWARDER, events, 2026, List.of(summer));

            // April: the 100 allowance deals only; May–August: 11 billable deals each
            assertThat(statement.months()).extracting(MonthlyUsage::feeYen).startsWith(0L, 6_600L, 5_600L, 5_600L, 6_600L, 0L);
            assertThat(statement.totalYen()).isEqualTo(6_600 + 5_600 + 5_600 + 6_600);
        }

        @Test
        void anAmountLargerThanTheFeeLeavesNothingAndNoCredit() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-05-20T10:00");
            FeeReduction large = new FeeReduction(5, "FWD", YearMonth.of(2026, 5), YearMonth.of(2026, 5),
                    FeeReduction.Kind.AMOUNT, null, 10_000L, "特例措置", "special measure");

            MonthlyUsage may = month(FORWARDER, "2026-05", large);

            assertThat(may.feeYen()).isZero();
            assertThat(may.reduction().yenOff()).isEqualTo(6_600);
        }

        @Test
        void overlappingReductionsDoNotAddUpTheOneTakingMostApplies() {
            allowanceUsedUpInApril();
            touchDeals(500, 510, UsageOperation.UPDATE, "2026-07-20T10:00");
            FeeReduction thirty = new FeeReduction(6, "FWD", YearMonth.of(2026, 7), YearMonth.of(2026, 7),
                    FeeReduction.Kind.PERCENT, 30, null, "個社減額", "company reduction");
            FeeReduction fiftyForAll = new FeeReduction(7, null, YearMonth.of(2026, 7), YearMonth.of(2026, 7),
                    FeeReduction.Kind.PERCENT, 50, null, "全社減額", "reduction for all");

            MonthlyUsage july = CALCULATOR.month(FORWARDER, events, YearMonth.of(2026, 7), List.of(thirty, fiftyForAll));

            assertThat(july.feeYen()).isEqualTo(3_300);
            assertThat(july.reduction().reduction().id()).isEqualTo(7);
        }

        @Test
        void aSystemVendorsCredentialMonthIsReducedToo() {
            CompanyProfile vendor = new CompanyProfile("VND", Set.of(BusinessType.SYSTEM_VENDOR), Optional.empty(),
                    List.of(new CredentialPeriod(at("2026-07-01T00:00"), null)));

            MonthlyUsage july = month(vendor, "2026-07", julyFloodForAll);

            assertThat(july.basis()).isEqualTo(MonthlyUsage.Basis.SYSTEM_VENDOR_CREDENTIALS);
            assertThat(july.feeBeforeReductionYen()).isEqualTo(6_600);
            assertThat(july.feeYen()).isZero();
        }

        @Test
        void aPercentageLeavesTheFeeRoundedDownToTheYen() {
            FeeReduction third = new FeeReduction(8, null, YearMonth.of(2026, 7), YearMonth.of(2026, 7),
                    FeeReduction.Kind.PERCENT, 33, null, "減額", "reduction");

            assertThat(third.yenOff(6_600)).isEqualTo(2_178);
            assertThat(third.yenOff(1_001)).as("67 %% of 1,001 is 670.67, left as 670").isEqualTo(331);
        }

        private MonthlyUsage month(CompanyProfile company, String month, FeeReduction reduction) {
            return CALCULATOR.month(company, events, YearMonth.parse(month), List.of(reduction));
        }
    }

    @Test
    void theFiscalYearIsAprilToMarchInvoicedOn25MayAndDue20DaysLater() {
        touchDeals(1, 111, UsageOperation.UPDATE, "2026-04-10T10:00");       // 100 allowance + 11 billable
        touchDeals(200, 205, UsageOperation.UPDATE, "2026-05-10T10:00");     // 6: free
        touchDeals(300, 320, UsageOperation.UPDATE, "2027-03-31T23:59");     // 21, still March in Japan
        touchDeals(400, 450, UsageOperation.UPDATE, "2027-04-01T00:00");     // the next fiscal year

        FiscalYearStatement statement = CALCULATOR.fiscalYear(FORWARDER, events, 2026);

        assertThat(statement.months()).extracting(MonthlyUsage::month)
                .startsWith(YearMonth.of(2026, 4)).endsWith(YearMonth.of(2027, 3)).hasSize(12);
        assertThat(statement.months()).extracting(MonthlyUsage::feeYen)
                .containsExactly(6_600L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 6_600L);
        assertThat(statement.totalYen()).isEqualTo(13_200);
        assertThat(statement.invoiceDate()).isEqualTo(LocalDate.of(2027, 5, 25));
        assertThat(statement.dueDate()).isEqualTo(LocalDate.of(2027, 6, 14));
    }

    private void allowanceUsedUpInApril() {
        touchDeals(1, 100, UsageOperation.REGISTER, "2026-04-01T09:00");
    }

    private void touchDeals(long firstDeal, long lastDeal, UsageOperation operation, String japanTime) {
        for (long deal = firstDeal; deal <= lastDeal; deal++) {
            touch(deal, operation, UsageChannel.PORTAL, at(japanTime));
        }
    }

    private UsageEvent touch(long deal, UsageOperation operation, UsageChannel channel, Instant at) {
        return touchAs(deal, operation, channel, at, BusinessType.FORWARDER);
    }

    private UsageEvent touchAs(long deal, UsageOperation operation, UsageChannel channel, Instant at, BusinessType as) {
        UsageEvent event = new UsageEvent(nextId++, deal, "UL040", operation, channel, at, Set.of(as), false);
        events.add(event);
        return event;
    }

    private MonthlyUsage month(CompanyProfile company, String month) {
        return CALCULATOR.month(company, events, YearMonth.parse(month));
    }

    private static Instant at(String japanTime) {
        return LocalDateTime.parse(japanTime).atZone(JAPAN).toInstant();
    }

    private static CompanyProfile company(String code, Set<BusinessType> types, Optional<UsageChannel> linkedSystem) {
        return new CompanyProfile(code, types, linkedSystem, List.of());
    }
}
