package io.minato.hub.app.root;

import java.time.OffsetDateTime;

/**
 * A value offered for a root field: SET (it became the root's) or KEPT (it lost by the precedence rule).
 *
 * @param otherValue  the root's value it replaced (SET) or the one that held (KEPT), JSON as text
 * @param otherSource that value's source
 */
record RootChangeRow(String field, String outcome, String value, String source, Long sourceDocumentId,
                     String sourceDocumentType, Long sourceWireMessageId, String sourcePosition, String sourceActor,
                     String otherValue, String otherSource, String rule, OffsetDateTime at) {
}
