package io.minato.hub.connectors.naccs;

/**
 * A NACCS message or value that does not fit its fixed-length format: value longer than its item,
 * bad characters for the charset, wrong message length, missing CRLF. Permanent: the same bytes or
 * values fail the same way. Carries the position of the offending item.
 */
public class NaccsFormatException extends RuntimeException {

    private final transient ItemPosition position;
    private final String reason;

    public NaccsFormatException(ItemPosition position, String reason) {
        this(position, reason, null);
    }

    public NaccsFormatException(ItemPosition position, String reason, Throwable cause) {
        super(position.describe() + ": " + reason, cause);
        this.position = position;
        this.reason = reason;
    }

    public ItemPosition position() {
        return position;
    }

    /** The problem without the position, for callers that render the position themselves. */
    public String reason() {
        return reason;
    }
}
