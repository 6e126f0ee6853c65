package io.minato.hub.app.wire;

import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Rights;
import io.minato.hub.mappings.wire.WireMessage;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
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
        if (visible(caller, List.of(message)).isEmpty()) {
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
     * The messages the caller may see, in their order: per deal one participation and one rights lookup,
     * the documents they carried in one query, however many messages a search found.
     */
    List<WireMessage> visible(Caller caller, List<WireMessage> messages) {
        if (caller.operator()) {
            return messages;
        }
        Map<Long, Map<DocumentType, Rights>> rightsByDeal = new HashMap<>();
        messages.stream().map(WireMessage::dealId).filter(Objects::nonNull).distinct()
                .filter(dealId -> deals.participant(caller, dealId))
                .forEach(dealId -> rightsByDeal.put(dealId, deals.rightsByType(caller, dealId)));
        List<Long> documentIds = messages.stream()
                .filter(message -> rightsByDeal.containsKey(message.dealId()) && message.documentId() != null)
                .map(WireMessage::documentId).distinct().toList();
        Map<Long, DocumentRow> carried = documentIds.isEmpty() ? Map.of()
                : documents.findAllIncludingDeleted(documentIds).stream()
                        .collect(Collectors.toMap(DocumentRow::id, Function.identity()));
        return messages.stream()
                .filter(message -> rightsByDeal.containsKey(message.dealId()))
                .filter(message -> message.documentId() == null || readable(caller, carried.get(message.documentId()),
                        rightsByDeal.get(message.dealId())))
                .toList();
    }

    private static boolean readable(Caller caller, DocumentRow row, Map<DocumentType, Rights> rights) {
        return row != null && rights.get(DocumentType.valueOf(row.type())).covers(Rights.READ)
                && DocumentVisibility.visible(caller, row);
    }
}
