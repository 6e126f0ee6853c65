package io.minato.hub.app.tradewaltz;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A TradeWaltz trade linked to a deal (連携): the linkage, each request version received for it and what
 * became of it, the documents it fills (with the request version last written to each) and the status
 * updates owed or sent to TradeWaltz.
 */
record TradeWaltzDealView(String linkageId, String tradeId, String kind, String forwarder, String requester,
                          String requestId, int requestVersion, OffsetDateTime linkedAt, OffsetDateTime updatedAt,
                          List<RequestRow> requests, List<DocumentRow> documents, List<StatusRow> statusUpdates) {

    record LinkageRow(String linkageId, String tradeId, String kind, String forwarder, String requester,
                      String requestId, int requestVersion, OffsetDateTime createdAt, OffsetDateTime updatedAt) {
    }

    record RequestRow(String requestId, int version, String kind, String outcome, long wireMessageId,
                      OffsetDateTime submittedAt, OffsetDateTime receivedAt) {
    }

    record DocumentRow(String type, long documentId, String requestId, int requestVersion, OffsetDateTime updatedAt) {
    }

    record StatusRow(String status, String state, int attempts, String lastError, Long wireMessageId,
                     OffsetDateTime createdAt, OffsetDateTime sentAt) {
    }
}
