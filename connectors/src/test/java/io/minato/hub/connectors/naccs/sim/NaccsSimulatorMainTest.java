package io.minato.hub.connectors.naccs.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NaccsSimulatorMainTest {

    @Test
    void readsNameValueArguments() {
        assertThat(NaccsSimulatorMain.options(new String[] {"--port=0", "--reply-to=a@b"}))
                .containsEntry("port", "0").containsEntry("reply-to", "a@b");
        assertThatThrownBy(() -> NaccsSimulatorMain.options(new String[] {"port"}))
                .hasMessageContaining("--name=value");
    }

    @Test
    void readsUsersAsUserIdPasswordPairs() {
        assertThat(NaccsSimulatorMain.users("ABCDEY01=secret01, FGHIJY02=p=w"))
                .containsEntry("ABCDEY01", "secret01").containsEntry("FGHIJY02", "p=w");
        assertThat(NaccsSimulatorMain.users("")).isEmpty();
    }
}
