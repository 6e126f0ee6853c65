package io.minato.hub.app.collaboration;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Set;

/**
 * A task as the API shows it. The document it is about appears only to a caller that may see it (its
 * rights list documents of that type and the document is not restricted to other companies); for
 * others {@code documentId} and {@code documentType} are left out.
 */
public record TaskView(long id, long dealId, String title, String description, Long documentId, String documentType,
                String assigneeCompany, String assigneeUser, LocalDate dueDate, TaskStatus status,
                String createdByCompany, String createdBy, String updatedByCompany, String updatedBy,
                OffsetDateTime createdAt, OffsetDateTime updatedAt) {

    /** @param documentsShown the deal's documents the caller may see */
    static TaskView of(DealTaskRow row, Set<Long> documentsShown) {
        boolean shown = row.documentId() != null && documentsShown.contains(row.documentId());
        return new TaskView(row.id(), row.dealId(), row.title(), row.description(), shown ? row.documentId() : null,
                shown ? row.documentType() : null, row.assigneeCompany(), row.assigneeUser(), row.dueDate(),
                row.status(), row.createdByCompany(), row.createdBy(), row.updatedByCompany(), row.updatedBy(),
                row.createdAt(), row.updatedAt());
    }
}
