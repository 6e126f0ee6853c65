package io.minato.hub.app.deal;

import io.minato.hub.mappings.document.DocumentType;
import java.util.List;

/**
 * 取引ステータス: how far a deal has come, derived from what the hub stores about its documents; the deal
 * itself stores no status. Computed from the documents the caller may read (not deleted, its rights on
 * the type cover READ, not restricted to other companies), so that a status never tells a company about a
 * document it may not see: two participants may see one deal at different statuses.
 */
public enum DealStatus {

    /** 新規: none of its documents has been sent or received yet (drafts only, or no document). */
    NEW("新規"),
    /** 進行中: a document has been sent to the participants or received from a partner (EDIFACT, NACCS). */
    IN_PROGRESS("進行中"),
    /**
     * 完了: the document that ends the hub's part has been sent or received: for an export the transport
     * document (B/L UL150 or sea waybill UL160), for an import the release of the cargo (D/O UL300 or the
     * D/O-less application UL310).
     */
    COMPLETED("完了");

    static final List<DocumentType> EXPORT_CLOSING = List.of(DocumentType.UL150, DocumentType.UL160);
    static final List<DocumentType> IMPORT_CLOSING = List.of(DocumentType.UL300, DocumentType.UL310);

    private final String japaneseName;

    DealStatus(String japaneseName) {
        this.japaneseName = japaneseName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
