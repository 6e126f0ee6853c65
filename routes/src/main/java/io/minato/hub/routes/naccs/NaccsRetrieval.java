package io.minato.hub.routes.naccs;

import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.mappings.naccs.output.NaccsRetrievalLedger;
import io.minato.hub.mappings.submission.NaccsCredentials;
import io.minato.hub.mappings.submission.NaccsSendingStore;
import io.minato.hub.mappings.support.UnprocessableMessageException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Builds the SYG input (retrieval of outputs NACCS holds) for the hub's NACCS user
 * ({@code minato.naccs.user}, with the password as registered in the database), archives it with
 * the password masked and records that it went out. SYG is no deal's business, so it is not a
 * submission: its outputs are kept as deal-less outputs, and the outputs it pulls correlate by
 * their own echoes like any other.
 */
@Component
class NaccsRetrieval {

    static final String RETRIEVAL = "SYG";
    static final String SCHEDULED_RUN = "naccs-syg";

    private static final Logger log = LoggerFactory.getLogger(NaccsRetrieval.class);

    private final NaccsRetrievalLedger ledger;
    private final WireMessageStore wireMessages;
    private final NaccsLayouts layouts;
    private final NaccsSettings settings;
    private final NaccsRetrievalSettings retrieval;
    private final NaccsSendingStore sending;

    NaccsRetrieval(NaccsRetrievalLedger ledger, WireMessageStore wireMessages, NaccsLayouts layouts,
                   NaccsSettings settings, NaccsRetrievalSettings retrieval, NaccsSendingStore sending) {
        this.ledger = ledger;
        this.sending = sending;
        this.wireMessages = wireMessages;
        // SYG's layout may live apart from the business layouts (tests, or a licensed file of its own)
        this.layouts = retrieval.layouts() == null || retrieval.layouts().isBlank() ? layouts
                : NaccsLayouts.at(retrieval.layouts());
        this.settings = settings;
        this.retrieval = retrieval;
    }

    /** Whether this instance sends the scheduled SYG now (one instance per period). */
    public boolean claimScheduledRun() {
        return ledger.claimScheduledRun(SCHEDULED_RUN, retrieval.period());
    }

    /** The mail body of a SYG asking {@code what}: {@code REF}, an output information code, or {@code ALL}. */
    public String build(@Body String what, Exchange exchange) {
        String code = what == null ? "" : what.strip();
        if (!code.matches("[0-9A-Z*]{1,7}")) {
            throw new UnprocessableMessageException("SYG asks REF, ALL or an output information code, not '" + what + "'");
        }
        NaccsLayout layout = layouts.find(RETRIEVAL).orElseThrow(() -> new UnprocessableMessageException(
                "no layout for NACCS business SYG in " + layouts.location()));
        String inputIdNumber = ledger.nextInputIdNumber();
        String handOverInfo = "MINATO-SYG-" + inputIdNumber;
        NaccsSettings.User hubUser = settings.user();
        // the registered password, which users may have changed since the configuration seeded it
        NaccsCredentials user = sending.credentials(hubUser.userCode(), hubUser.identifier())
                .orElseThrow(() -> new UnprocessableMessageException("SYG is sent as NACCS user " + hubUser.userId()
                        + " (minato.naccs.user), which is not registered (POST /api/v1/naccs/users)"));
        InputCommonPart common = new InputCommonPart(RETRIEVAL, user.userCode(), user.identifier(), user.password(),
                handOverInfo, inputIdNumber, "", InputCommonPart.SEA);
        byte[] message;
        try {
            // SYG's first item says what to retrieve, whatever the licensed layout calls it
            message = new NaccsMessage(common, layout.encode(Map.of(layout.items().get(0).name(), code),
                    settings.charset()), settings.charset()).toBytes();
        } catch (NaccsFormatException e) {
            throw new UnprocessableMessageException("cannot build SYG " + code + ": " + e.getMessage(), e);
        }
        long wireMessageId = wireMessages.archive(new NewWireMessage(Channel.NACCS_SMTP, WireDirection.OUT,
                settings.address(), "text/plain; charset=" + settings.charset().name(), null,
                InputCommonPart.maskPassword(message),
                Map.of("handOverInfo", handOverInfo, "inputIdNumber", inputIdNumber, "businessCode", RETRIEVAL,
                        "retrieval", code, "naccsUser", user.userId(), "naccsUserCode", user.userCode())));
        exchange.getIn().setHeader(WireHeaders.WIRE_MESSAGE_ID, wireMessageId);
        exchange.getIn().setHeader("Subject", RETRIEVAL);
        return new String(message, settings.charset());
    }

    public void sent(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        wireMessages.markSent(wireMessageId);
        log.info("NACCS SYG sent as wire message {}", wireMessageId);
    }

    public void failed(@Header(WireHeaders.WIRE_MESSAGE_ID) Long wireMessageId, Exchange exchange) {
        Exception cause = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Exception.class);
        String reason = "SYG could not be sent: " + (cause == null ? "unknown" : cause.getMessage());
        if (wireMessageId != null) {
            wireMessages.markFailed(wireMessageId, reason);
        }
        // logged where it is finally handled: the API answer or the timer's error handler
        throw new IllegalStateException(reason, cause);
    }
}
