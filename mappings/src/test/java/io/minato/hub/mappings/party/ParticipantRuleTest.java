package io.minato.hub.mappings.party;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minato.hub.mappings.party.ParticipantRule.Direction;
import io.minato.hub.mappings.party.ParticipantRule.Lookup;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.List;
import org.junit.jupiter.api.Test;

class ParticipantRuleTest {

    private static final ResolvedParty ONEY = new ResolvedParty(1, "ONEY", "OCEAN NETWORK EXPRESS", "NAD:86=ONEY");
    private static final ResolvedParty FORWARDER = new ResolvedParty(2, "MINATOFWD", "MINATO FORWARDING", "NAD:ZZZ=MINATOFWD");

    @Test
    void everyResolvedPartyBecomesAParticipantOnceWhileUnknownOtherRolesStayText() {
        List<ResolvedParticipant> participants = ParticipantRule.participants(Direction.EXPORT, List.of(
                new Lookup(nad("CA", 17), ONEY),
                new Lookup(nad("BA", 18), FORWARDER),
                new Lookup(nad("CZ", 19), null),
                new Lookup(nad("CN", 20), null),
                new Lookup(nad("BA", 21), FORWARDER)));

        assertThat(participants).containsExactly(new ResolvedParticipant("CA", ONEY), new ResolvedParticipant("BA", FORWARDER));
    }

    @Test
    void exportWithEveryCustomerUnknownIsRejectedForTheBookingPartyBeforeTheShipper() {
        UnknownPartyException unknown = catchThrowableOfType(UnknownPartyException.class,
                () -> ParticipantRule.participants(Direction.EXPORT, List.of(
                        new Lookup(nad("CA", 17), ONEY),
                        new Lookup(nad("CZ", 18), null),
                        new Lookup(nad("FW", 19), null),
                        new Lookup(nad("BA", 20), null))));

        assertThat(unknown.role()).isEqualTo("BA");
        assertThat(unknown.getMessage()).startsWith("segment NAD #20: NAD+BA 'PARTY BA'");
    }

    @Test
    void importCustomersAreConsigneeNotifyPartyAndForwarderNotTheShipperAbroad() {
        List<ResolvedParticipant> consigneeKnown = ParticipantRule.participants(Direction.IMPORT, List.of(
                new Lookup(nad("CZ", 10), null), new Lookup(nad("CN", 11), FORWARDER)));
        UnknownPartyException unknown = catchThrowableOfType(UnknownPartyException.class,
                () -> ParticipantRule.participants(Direction.IMPORT, List.of(
                        new Lookup(nad("CZ", 10), ONEY), new Lookup(nad("FW", 11), null), new Lookup(nad("NI", 12), null))));

        assertThat(consigneeKnown).containsExactly(new ResolvedParticipant("CN", FORWARDER));
        assertThat(unknown.role()).isEqualTo("NI");
    }

    @Test
    void aMessageNamingNoCustomerIsAcceptedWithWhatResolves() {
        assertThat(ParticipantRule.participants(Direction.EXPORT, List.of(new Lookup(nad("CA", 5), ONEY))))
                .containsExactly(new ResolvedParticipant("CA", ONEY));
        assertThat(ParticipantRule.participants(Direction.EXPORT, List.of(new Lookup(nad("CA", 5), null)))).isEmpty();
        assertThat(ParticipantRule.participants(Direction.IMPORT, List.of())).isEmpty();
    }

    private static PartyReference nad(String role, int segment) {
        return new PartyReference(role, null, List.of("PARTY " + role), List.of(), "TOKYO", null, "JP",
                EdiPosition.segment(segment, "NAD"));
    }
}
