package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.mail.MailBodies;
import io.minato.hub.connectors.mail.MailBody;
import io.minato.hub.connectors.mail.MailRejectedException;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Archives a mail from NACCS exactly as it arrived (the whole MIME message), with the NACCS user code it is
 * for: the company that registered that NACCS user is whose inbound limit the output counts against.
 */
@Component
class NaccsMailArchiver {

    static final String MAIL_FROM = "MinatoMailFrom";
    /** The correlation key of the NACCS user code an output is for (利用者コード). */
    static final String USER_CODE = "naccsUserCode";

    private static final Logger log = LoggerFactory.getLogger(NaccsMailArchiver.class);

    private final WireMessageStore store;
    private final NaccsSettings settings;

    NaccsMailArchiver(WireMessageStore store, NaccsSettings settings) {
        this.store = store;
        this.settings = settings;
    }

    public long archive(@Body byte[] rawMime, @Header(MAIL_FROM) String from) {
        Map<String, String> correlation = userCode(rawMime).map(code -> Map.of(USER_CODE, code)).orElse(Map.of());
        long id = store.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.IN, from, "message/rfc822",
                null, rawMime, correlation));
        log.info("received NACCS mail ({} bytes) from {} as wire message {}", rawMime.length, from, id);
        return id;
    }

    /**
     * The user code of the output's common part. A mail that is no readable output has none here; archiving
     * it is what matters now, and processing rejects it with the reason.
     */
    private Optional<String> userCode(byte[] rawMime) {
        try {
            MailBody mail = MailBodies.read(rawMime);
            OutputCommonPart common = (OutputCommonPart) NaccsMessage.parseOutput(mail.body(),
                    mail.charsetOr(settings.charset())).commonPart();
            return Optional.ofNullable(common.userCode()).map(String::strip).filter(code -> !code.isEmpty());
        } catch (MailRejectedException | NaccsFormatException e) {
            log.debug("NACCS mail without a readable output common part; processing will say why: {}", e.getMessage());
            return Optional.empty();
        }
    }
}
