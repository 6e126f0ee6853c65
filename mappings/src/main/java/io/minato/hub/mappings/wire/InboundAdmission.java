package io.minato.hub.mappings.wire;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether an archived inbound message may be processed now, or comes from a company over its inbound
 * limit (利用制限) and waits. A deferred message stays archived (status DEFERRED, with the reason) and is
 * queued again for the time given: a limit slows a company down, it never drops its data.
 */
public interface InboundAdmission {

    /**
     * Admits the message, or answers when to try it again (the message is then marked DEFERRED). The
     * company is found the same way for every channel from what the archive recorded: an EDIFACT sender, the
     * NACCS user an output is for, the requester of a TradeWaltz request; a message of no company (a Colins
     * page) is always admitted.
     */
    Optional<Instant> admit(long wireMessageId);
}
