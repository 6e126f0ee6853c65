package io.minato.hub.app.root;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootSource;

/** A root value's source in one line, as conflicts and the timeline name it. */
final class RootDescriptions {

    private RootDescriptions() {
    }

    /** e.g. {@code EDIFACT · UL050 ブッキング確認書 (No. 12) · UNH 1 TDT+20 C222/8212 · by JPONEY}. */
    static String source(String source, String documentType, Long documentId, String position, String actor) {
        StringBuilder text = new StringBuilder(RootSource.valueOf(source).englishName());
        if (documentType != null && documentId != null) {
            DocumentType type = DocumentType.valueOf(documentType);
            text.append(" · ").append(type).append(' ').append(type.japaneseName()).append(" (No. ").append(documentId)
                    .append(')');
        }
        if (position != null) {
            text.append(" · ").append(position);
        }
        return text.append(" · ").append(actor).toString();
    }
}
