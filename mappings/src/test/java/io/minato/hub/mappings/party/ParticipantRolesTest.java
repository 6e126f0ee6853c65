package io.minato.hub.mappings.party;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ParticipantRolesTest {

    @Test
    void aRegisteredCompanyHoldsTheRolesTypesItRegistered() {
        assertThat(ParticipantRoles.businessTypes("FW", EnumSet.of(BusinessType.FORWARDER, BusinessType.CUSTOMS_BROKER)))
                .containsExactly(BusinessType.FORWARDER);
    }

    @Test
    void aRegisteredCompanyNeverActsInATypeItDidNotRegisterWhateverTheMessageCallsIt() {
        assertThat(ParticipantRoles.businessTypes("CA", EnumSet.of(BusinessType.TRUCKER)))
                .containsExactly(BusinessType.TRUCKER);
    }

    @Test
    void aRoleThatSaysNothingLeavesARegisteredCompanyItsRegisteredTypes() {
        assertThat(ParticipantRoles.businessTypes("BA", EnumSet.of(BusinessType.NVOCC, BusinessType.FORWARDER)))
                .containsExactlyInAnyOrder(BusinessType.NVOCC, BusinessType.FORWARDER);
    }

    @Test
    void aPartyKnownOnlyFromMessagesHoldsWhatItsRoleSaysOrNothing() {
        assertThat(ParticipantRoles.businessTypes("CZ", Set.of())).containsExactly(BusinessType.SHIPPER);
        assertThat(ParticipantRoles.businessTypes("NI", Set.of())).isEmpty();
    }
}
