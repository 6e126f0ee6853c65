package io.minato.hub.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.party.BusinessType;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void onlyASystemVendorAndNothingElseIsApiOnly() {
        assertThat(caller(Caller.Kind.ADMIN, Set.of(BusinessType.SYSTEM_VENDOR)).apiOnly()).isTrue();
        assertThat(caller(Caller.Kind.USER, Set.of(BusinessType.SYSTEM_VENDOR)).apiOnly()).isTrue();
        assertThat(caller(Caller.Kind.ADMIN, Set.of(BusinessType.SYSTEM_VENDOR, BusinessType.FORWARDER)).apiOnly())
                .isFalse();
        assertThat(caller(Caller.Kind.USER, Set.of()).apiOnly()).isFalse();
        assertThat(new Caller(Caller.Kind.OPERATOR, 1L, "operator", null, null, null, Set.of()).apiOnly()).isFalse();
    }

    private static Caller caller(Caller.Kind kind, Set<BusinessType> types) {
        return new Caller(kind, 2L, "someone", 10L, "ACME", null, types);
    }
}
