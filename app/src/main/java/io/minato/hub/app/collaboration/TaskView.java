package io.minato.hub.app.collaboration;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A task as the API shows it. The document it is about appears only to a caller whose rights list
 * documents of that type; for others {@code documentId} and {@code documentType} are null.
 */
record TaskView(long id, long dealId, String title, String description, Long documentId, String documentType,
                String assigneeCompany, String assigneeUser, LocalDate dueDate, TaskStatus status,
                String createdByCompany, String createdBy, String updatedByCompany, String updatedBy,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    static TaskView of(DealTaskRow row, Map<DocumentType, Rights> rights) {
        boolean shown = row.documentId() != null
                && rights.getOrDefault(DocumentType.valueOf(row.documentType()), Rights.NONE)
                .covers(Operation.LIST.required());
        return new TaskView(row.id(), row.dealId(), row.title(), row.description(), shown ? row.documentId() : null,
                shown ? row.documentType() : null, row.assigneeCompany(), row.assigneeUser(), row.dueDate(),
                row.status(), row.createdByCompany(), row.createdBy(), row.updatedByCompany(), row.updatedBy(),
                row.createdAt(), row.updatedAt());
    }
}
