package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.support.EdiSyntaxException;
import java.util.List;
import java.util.Objects;

/**
 * What a CONTRL (syntax and service report) says about one received interchange: the action taken
 * (UCI 0083) and, when rejected, every error the hub can place, each at the level CONTRL reports it:
 * the interchange (UCI), a message's UNH/UNT (UCM) or a segment/element inside a message (UCS/UCD).
 *
 * @param received         the UNB of the subject interchange, echoed in UCI
 * @param action           UCI 0083
 * @param interchangeError the UNA/UNB/UNZ-level error UCI carries, or null; CONTRL has room for one
 * @param messages         messages explicitly reported (UCM), in interchange order
 */
public record ContrlReport(InterchangeHeader received, Action action, ErrorReport interchangeError,
                           List<MessageReport> messages) {

    /** 0083 action, coded. */
    public enum Action {
        /** 4: this level and all lower levels rejected. */
        REJECTED("4"),
        /** 7: this level acknowledged, and all lower levels acknowledged if not explicitly rejected. */
        ACKNOWLEDGED("7"),
        /** 8: interchange received; says nothing about its syntax (CONTRL used as receipt). */
        RECEIVED("8");

        private final String code;

        Action(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    /**
     * One error and where it is. {@code element} and {@code component} count as
     * {@link io.minato.hub.mappings.support.EdiPosition} does (first element after the tag = 1,
     * 0 = not known); the writer converts to CONTRL's 0098, where the tag is position 1.
     *
     * @param segmentTag the segment the error is in (UCI/UCM 0013/0135: UNA, UNB, UNZ, UNH, UNT)
     * @param reason     the problem as the hub described it; not written, kept for logs and tests
     */
    public record ErrorReport(SyntaxError error, String segmentTag, int element, int component, String reason) {
        public ErrorReport {
            Objects.requireNonNull(error, "error");
        }
    }

    /**
     * UCM and its segment group: one received message and what is wrong with it.
     *
     * @param error    the UNH/UNT error UCM carries itself, or null
     * @param segments errors inside the message (UCS, with UCD when an element is known)
     */
    public record MessageReport(String reference, MessageIdentifier identifier, Action action, ErrorReport error,
                                List<SegmentReport> segments) {
        public MessageReport {
            segments = List.copyOf(segments);
        }
    }

    /**
     * UCS (and UCD): an error at a segment of a message.
     *
     * @param position 0096, segment position in the message, UNH = 1
     */
    public record SegmentReport(int position, ErrorReport error) {
    }

    public ContrlReport {
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(action, "action");
        messages = List.copyOf(messages);
    }

    /** The interchange passed: UCI action 7, no messages listed (7 acknowledges them all). */
    public static ContrlReport accepted(InterchangeHeader received) {
        return new ContrlReport(received, Action.ACKNOWLEDGED, null, List.of());
    }

    /** Receipt only, before or without a syntax check: UCI action 8. */
    public static ContrlReport receiptOnly(InterchangeHeader received) {
        return new ContrlReport(received, Action.RECEIVED, null, List.of());
    }

    /**
     * The interchange was rejected for {@code error}'s problems: UCI action 4; each problem placed
     * at its message (by message reference, else by segment ordinal) and coded from its reason.
     *
     * @param messages the received interchange's messages (see {@link ReceivedMessages#scan(byte[])}),
     *                 needed because UCM names a message by reference and S009, and UCS counts
     *                 segments from its UNH
     */
    public static ContrlReport rejected(InterchangeHeader received, List<ReceivedMessage> messages,
                                        EdiSyntaxException error) {
        return new RejectionBuilder(messages).build(received, error.problems());
    }
}
