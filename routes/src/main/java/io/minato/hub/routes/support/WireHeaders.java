package io.minato.hub.routes.support;

/** Exchange headers the flows share. */
public final class WireHeaders {

    /** The id of the archived wire message an exchange is about. */
    public static final String WIRE_MESSAGE_ID = "MinatoWireMessageId";

    /** The id of the NACCS submission an outbound exchange sends. */
    public static final String SUBMISSION_ID = "MinatoSubmissionId";

    /** The code of the partner whose channel an exchange came in by. */
    public static final String PARTNER_CODE = "MinatoPartnerCode";

    /** The SFTP endpoint an outbound interchange goes to; absent for the file outbox. */
    public static final String SFTP_ENDPOINT = "MinatoSftpEndpoint";

    /** When (epoch milliseconds) a deferred inbound message is to be processed; absent when admitted. */
    public static final String DEFER_UNTIL = "MinatoDeferUntil";

    /** Artemis's own property for a message delivered no earlier than the time it holds (epoch ms). */
    public static final String SCHEDULED_DELIVERY = "_AMQ_SCHED_DELIVERY";

    private WireHeaders() {
    }
}
