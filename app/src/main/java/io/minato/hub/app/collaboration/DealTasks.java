package io.minato.hub.app.collaboration;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.collaboration.DealTaskMapper.TaskFields;
import io.minato.hub.app.document.DocumentMapper;
import io.minato.hub.app.document.DocumentRow;
import io.minato.hub.app.document.DocumentVisibility;
import io.minato.hub.app.permission.DealAccess;
import io.minato.hub.app.security.Caller;
import io.minato.hub.app.usage.UsageRecorder;
import io.minato.hub.mappings.usage.UsageOperation;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tasks (タスク) on a deal: participants only. A task goes to a participant company (optionally one of its
 * users); the company that created it changes what it asks, the assignee company and the creator company
 * change its status. A task about a document names the document only to who may see documents of its type.
 */
@Service
public class DealTasks {

    private final DealTaskMapper tasks;
    private final DocumentMapper documents;
    private final DealAccess access;
    private final DealCompanies companies;
    private final UsageRecorder usage;

    DealTasks(DealTaskMapper tasks, DocumentMapper documents, DealAccess access, DealCompanies companies,
              UsageRecorder usage) {
        this.usage = usage;
        this.tasks = tasks;
        this.documents = documents;
        this.access = access;
        this.companies = companies;
    }

    /** A new task as the API takes it. */
    public record NewTask(String title, String description, Long documentId, String assigneeCompany, String assigneeUser,
                   LocalDate dueDate) {
    }

    @Transactional
    public TaskView create(Caller caller, long dealId, NewTask request) {
        access.requireParticipant(caller, dealId);
        TaskPatch.checkText(request.title(), request.description());
        if (request.assigneeCompany() == null || request.assigneeCompany().isBlank()) {
            throw TaskPatch.invalid("assigneeCompany", "name the participant company the task is for"
                    + " / 担当企業を指定してください");
        }
        long assignee = companies.nameable(caller, dealId, request.assigneeCompany());
        TaskFields fields = new TaskFields(request.title().strip(), request.description(),
                document(caller, dealId, request.documentId()), assignee,
                user(request.assigneeUser(), assignee, request.assigneeCompany()), request.dueDate(), TaskStatus.OPEN);
        long id = tasks.insert(dealId, fields, caller.companyId(), caller.userId(), caller.name());
        usage.collaborated(caller, dealId, UsageOperation.TASK);
        return view(caller, dealId, tasks.find(dealId, id).orElseThrow());
    }

    public List<TaskView> list(Caller caller, long dealId, TaskStatus status, boolean assignedToMe) {
        access.requireParticipant(caller, dealId);
        if (assignedToMe && caller.operator()) {
            return List.of();
        }
        Set<Long> shown = documentsShown(caller, dealId);
        return tasks.list(dealId, status, assignedToMe ? caller.companyId() : null,
                        assignedToMe ? caller.userId() : null).stream()
                .map(row -> TaskView.of(row, shown))
                .toList();
    }

    public TaskView get(Caller caller, long dealId, long taskId) {
        access.requireParticipant(caller, dealId);
        return view(caller, dealId, task(dealId, taskId, false));
    }

    /** A JSON merge patch (RFC 7396) of the task: a field sent as null is cleared. */
    @Transactional
    public TaskView change(Caller caller, long dealId, long taskId, JsonNode patch) {
        access.requireParticipant(caller, dealId);
        DealTaskRow current = task(dealId, taskId, true);
        TaskPatch.Change change = TaskPatch.read(patch);
        if (change.changesStatus(current) && !mayChangeStatus(caller, current)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only the assignee company " + current.assigneeCompany()
                    + " or the company that created task " + taskId + " may change its status"
                    + " / タスクの状態を変更できるのは担当企業または作成企業のみです");
        }
        if (change.changesContent(current) && !mayChangeContent(caller, current)) {
            throw new ApiException(HttpStatus.FORBIDDEN, "only the company that created task " + taskId
                    + " may change what it asks (title, description, document, assignee, due date)"
                    + " / タスクの内容を変更できるのは作成企業のみです");
        }
        TaskFields fields = change.applyTo(current, code -> companies.nameable(caller, dealId, code),
                (login, partyId, code) -> user(login, partyId, code), id -> document(caller, dealId, id));
        tasks.update(taskId, fields, caller.companyId(), caller.userId(), caller.name());
        usage.collaborated(caller, dealId, UsageOperation.TASK);
        return view(caller, dealId, tasks.find(dealId, taskId).orElseThrow());
    }

    private static boolean mayChangeStatus(Caller caller, DealTaskRow task) {
        return caller.operator() || caller.actsFor(task.assigneePartyId()) || mayChangeContent(caller, task);
    }

    private static boolean mayChangeContent(Caller caller, DealTaskRow task) {
        return caller.operator() || (task.createdByPartyId() != null && caller.actsFor(task.createdByPartyId()));
    }

    private DealTaskRow task(long dealId, long taskId, boolean forUpdate) {
        return (forUpdate ? tasks.findForUpdate(dealId, taskId) : tasks.find(dealId, taskId))
                .orElseThrow(() -> ApiException.notFound("task", taskId));
    }

    /** The document a task is about: one of the deal's, which the caller may read. */
    private Long document(Caller caller, long dealId, Long documentId) {
        if (documentId == null) {
            return null;
        }
        DocumentRow document = documents.find(documentId)
                .filter(row -> row.dealId() == dealId)
                .filter(row -> DocumentVisibility.visible(caller, row))
                .orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "document " + documentId
                        + " is not a document of deal " + dealId + " / 帳票 " + documentId + " はこの取引にありません"));
        access.check(caller, dealId, DocumentType.valueOf(document.type()), Operation.READ);
        return documentId;
    }

    private Long user(String login, long partyId, String companyCode) {
        if (login == null) {
            return null;
        }
        return tasks.userOfCompany(login, partyId).orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                "user " + login + " is not an active user of company " + companyCode
                        + " / " + login + " は " + companyCode + " の有効な利用者ではありません"));
    }

    private TaskView view(Caller caller, long dealId, DealTaskRow row) {
        return TaskView.of(row, documentsShown(caller, dealId));
    }

    /**
     * The deal's documents a task may name to the caller: those its rights list and that are not
     * restricted to other companies (deleted ones too, as the timeline still names them).
     */
    private Set<Long> documentsShown(Caller caller, long dealId) {
        Map<DocumentType, Rights> rights = access.rightsByType(caller, dealId);
        return documents.findByDealIncludingDeleted(dealId).stream()
                .filter(row -> rights.get(DocumentType.valueOf(row.type())).covers(Operation.LIST.required()))
                .filter(row -> DocumentVisibility.visible(caller, row))
                .map(DocumentRow::id)
                .collect(Collectors.toSet());
    }
}
