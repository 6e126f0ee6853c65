package io.minato.hub.app.collaboration;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface DealTaskMapper {

    long insert(@Param("dealId") long dealId, @Param("task") TaskFields task, @Param("partyId") Long partyId,
                @Param("userId") Long userId, @Param("by") String by);

    Optional<DealTaskRow> find(@Param("dealId") long dealId, @Param("id") long id);

    /** {@link #find} locking the row until the transaction ends, so that two changes do not overwrite each other. */
    Optional<DealTaskRow> findForUpdate(@Param("dealId") long dealId, @Param("id") long id);

    /**
     * The deal's tasks, oldest first; with {@code assigneePartyId}, only that company's, and of those with
     * {@code assigneeUserId} only the ones for the company as a whole or for that user.
     */
    List<DealTaskRow> list(@Param("dealId") long dealId, @Param("status") TaskStatus status,
                           @Param("assigneePartyId") Long assigneePartyId, @Param("assigneeUserId") Long assigneeUserId);

    int update(@Param("id") long id, @Param("task") TaskFields task, @Param("partyId") Long partyId,
               @Param("userId") Long userId, @Param("by") String by);

    /** The active user with that login in that company. */
    Optional<Long> userOfCompany(@Param("login") String login, @Param("partyId") long partyId);

    /** What a task's changeable part holds; {@code null} clears an optional field. */
    record TaskFields(String title, String description, Long documentId, long assigneePartyId, Long assigneeUserId,
                      LocalDate dueDate, TaskStatus status) {
    }
}
