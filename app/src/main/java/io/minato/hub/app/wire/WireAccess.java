package io.minato.hub.app.wire;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Rights;
import io.minato.hub.mappings.wire.WireMessage;
import java.util.HashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Who sees which wire message: the hub's operator all of them; a company the messages of deals it is on,
 * except one that carried a document of a type it may not read or one restricted to other companies
 * (the raw message holds the document's data). Re-processing and re-sending are operations work, the operator's. NACCS content has its own,
 * narrower rule on top ({@code NaccsMessageAccess}).
 */
@Component
class WireAccess {

    private final DealAccess deals;
    private final DocumentMapper documents;

    WireAccess(DealAccess deals, DocumentMapper documents) {
        this.deals = deals;
        this.documents = documents;
    }

    /** 404 (as if it did not exist) unless the caller may see the message. */
    void requireVisible(Caller caller, WireMessage message) {
        if (!visible(caller, message, new HashMap<>())) {
            throw ApiException.notFound("wire message", message.id());
        }
    }

    void requireOperator(Caller caller) {
        if (!caller.operator()) {
            throw new ApiException(HttpStatus.FORBIDDEN, "re-processing and re-sending wire messages is for the hub's"
                    + " operator / メッセージの再処理・再送信は運営者のみ行えます");
        }
    }

    /**
     * @param rightsByDeal the caller's rights per deal already looked up in this request
     */
    boolean visible(Caller caller, WireMessage message, Map<Long, Map<DocumentType, Rights>> rightsByDeal) {
        if (caller.operator()) {
            return true;
        }
        if (message.dealId() == null || !deals.participant(caller, message.dealId())) {
            return false;
        }
        if (message.documentId() == null) {
            return true;
        }
        Map<DocumentType, Rights> rights = rightsByDeal.computeIfAbsent(message.dealId(),
                dealId -> deals.rightsByType(caller, dealId));
        return documents.findIncludingDeleted(message.documentId())
                .map(row -> rights.get(DocumentType.valueOf(row.type())).covers(Rights.READ)
                        && DocumentVisibility.visible(caller, row))
                .orElse(false);
    }
}
