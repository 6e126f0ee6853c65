package io.minato.hub.app.wire;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.mappings.wire.WireStatus;
import io.minato.hub.routes.support.Dispatch;
import java.util.Arrays;
import java.util.EnumSet;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * 再送: the operator delivers an outbound EDIFACT interchange to its partner again, as archived (same
 * control number), from the API or the portal's deal page. Delivery runs on the outbound route; the
 * message's status and attempts show how it went.
 */
@Service
public class WireRedelivery {

    private static final EnumSet<WireStatus> RESENDABLE = EnumSet.of(WireStatus.SENT, WireStatus.FAILED);

    private final WireMessageStore store;
    private final Dispatch dispatch;
    private final WireAccess access;

    WireRedelivery(WireMessageStore store, Dispatch dispatch, WireAccess access) {
        this.store = store;
        this.dispatch = dispatch;
        this.access = access;
    }

    /** Whether {@link #resend} would take the message (the portal offers the button only then). */
    public static boolean resendable(String channel, String direction, String status) {
        return WireDirection.OUT.name().equals(direction)
                && Arrays.stream(Channel.values()).anyMatch(c -> c.isEdifact() && c.name().equals(channel))
                && RESENDABLE.stream().anyMatch(s -> s.name().equals(status));
    }

    /** 403 unless the operator, 404 for an unknown message, 409 unless an outbound EDIFACT interchange SENT or FAILED. */
    public WireMessage resend(Caller caller, long id) {
        access.requireOperator(caller);
        WireMessage message = store.find(id).orElseThrow(() -> ApiException.notFound("wire message", id));
        if (message.direction() != WireDirection.OUT || !message.channel().isEdifact()
                || !RESENDABLE.contains(message.status())) {
            throw new ApiException(HttpStatus.CONFLICT, "wire message " + id + " is " + message.direction() + " "
                    + message.channel() + " " + message.status() + "; only outbound EDIFACT interchanges that are "
                    + RESENDABLE + " can be re-sent / 再送できるのは送信済みまたは送信失敗の EDIFACT 送信メッセージだけです");
        }
        dispatch.deliver(message);
        return message;
    }
}
