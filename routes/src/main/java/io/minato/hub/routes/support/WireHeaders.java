package io.minato.hub.routes.support;

/** Exchange headers the flows share. */
public final class WireHeaders {

    /** The id of the archived wire message an exchange is about. */
    public static final String WIRE_MESSAGE_ID = "MinatoWireMessageId";

    /** The id of the NACCS submission an outbound exchange sends. */
    public static final String SUBMISSION_ID = "MinatoSubmissionId";

    private WireHeaders() {
    }
}
