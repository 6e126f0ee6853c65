package io.minato.hub.routes.naccs;

import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Archives a mail from NACCS exactly as it arrived (the whole MIME message). */
@Component
class NaccsMailArchiver {

    static final String MAIL_FROM = "MinatoMailFrom";

    private static final Logger log = LoggerFactory.getLogger(NaccsMailArchiver.class);

    private final WireMessageStore store;

    NaccsMailArchiver(WireMessageStore store) {
        this.store = store;
    }

    public long archive(@Body byte[] rawMime, @Header(MAIL_FROM) String from) {
        long id = store.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.IN, from, "message/rfc822",
                null, rawMime, Map.of()));
        log.info("received NACCS mail ({} bytes) from {} as wire message {}", rawMime.length, from, id);
        return id;
    }
}
