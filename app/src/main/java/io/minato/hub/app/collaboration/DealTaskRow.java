package io.minato.hub.app.collaboration;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A task (タスク) on a deal as stored, with the ids its rules need and the codes and logins it is shown by.
 *
 * @param documentType     the type of the document it is about, to show that only to who may see the type
 * @param createdByPartyId null when the hub's operator created it
 */
record DealTaskRow(long id, long dealId, String title, String description, Long documentId, String documentType,
                   long assigneePartyId, String assigneeCompany, Long assigneeUserId, String assigneeUser,
                   LocalDate dueDate, TaskStatus status, Long createdByPartyId, String createdByCompany,
                   String createdBy, String updatedByCompany, String updatedBy, OffsetDateTime createdAt,
                   OffsetDateTime updatedAt) {
}
