package io.minato.hub.app.collaboration;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.collaboration.DealTaskMapper.TaskFields;
import io.minato.hub.app.support.ApiException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.springframework.http.HttpStatus;

/** A JSON merge patch (RFC 7396) of a task, read and checked before anyone's rights are weighed. */
final class TaskPatch {

    static final int MAX_TITLE = 200;
    static final int MAX_DESCRIPTION = 4000;
    private static final Set<String> FIELDS = Set.of("title", "description", "documentId", "assigneeCompany",
            "assigneeUser", "dueDate", "status");

    private TaskPatch() {
    }

    /** Finds the active user with a login in a company (the company's code for the refusal). */
    interface UserLookup {
        Long find(String login, long partyId, String companyCode);
    }

    /** Which fields the patch sends (a field sent as null is present, with a null value). */
    record Change(JsonNode patch, TaskStatus status) {

        boolean has(String field) {
            return patch.has(field);
        }

        String text(String field) {
            JsonNode value = patch.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }

        boolean changesStatus(DealTaskRow current) {
            return status != null && status != current.status();
        }

        /** True when the patch asks for anything else than the status, compared with what the task holds. */
        boolean changesContent(DealTaskRow current) {
            return has("title") && !Objects.equals(text("title"), current.title())
                    || has("description") && !Objects.equals(text("description"), current.description())
                    || has("documentId") && !Objects.equals(documentId(), current.documentId())
                    || has("assigneeCompany") && !Objects.equals(text("assigneeCompany"), current.assigneeCompany())
                    || has("assigneeUser") && !Objects.equals(text("assigneeUser"), current.assigneeUser())
                    || has("dueDate") && !Objects.equals(dueDate(), current.dueDate());
        }

        Long documentId() {
            return has("documentId") && !patch.get("documentId").isNull() ? patch.get("documentId").asLong() : null;
        }

        LocalDate dueDate() {
            return has("dueDate") ? TaskPatch.date(text("dueDate")) : null;
        }

        /** The task's fields after the patch; a new assignee company drops the old company's user. */
        TaskFields applyTo(DealTaskRow current, Function<String, Long> company, UserLookup user,
                           Function<Long, Long> document) {
            String title = has("title") ? text("title").strip() : current.title();
            String description = has("description") ? text("description") : current.description();
            Long documentId = has("documentId") ? document.apply(documentId()) : current.documentId();
            long assignee = current.assigneePartyId();
            String assigneeCode = current.assigneeCompany();
            Long assigneeUser = current.assigneeUserId();
            if (has("assigneeCompany") && !text("assigneeCompany").equals(current.assigneeCompany())) {
                assigneeCode = text("assigneeCompany");
                assignee = company.apply(assigneeCode);
                assigneeUser = null;
            }
            if (has("assigneeUser")) {
                assigneeUser = user.find(text("assigneeUser"), assignee, assigneeCode);
            }
            LocalDate due = has("dueDate") ? dueDate() : current.dueDate();
            return new TaskFields(title, description, documentId, assignee, assigneeUser, due,
                    status != null ? status : current.status());
        }
    }

    /** 400 listing every field at fault: unknown ones, wrong types, a cleared title or assignee. */
    static Change read(JsonNode patch) {
        if (patch == null || !patch.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "send the changes as a JSON object (merge patch)"
                    + " / 変更内容を JSON オブジェクトで送ってください");
        }
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        for (Iterator<String> names = patch.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!FIELDS.contains(name)) {
                problems.add(new ApiException.FieldProblem(name, "is not a field of a task; known: " + FIELDS));
            }
        }
        for (String required : List.of("title", "assigneeCompany", "status")) {
            if (patch.has(required) && (patch.get(required).isNull() || patch.get(required).asText().isBlank())) {
                problems.add(new ApiException.FieldProblem(required, "may not be cleared"));
            }
        }
        if (patch.has("documentId") && !patch.get("documentId").isNull() && !patch.get("documentId").canConvertToLong()) {
            problems.add(new ApiException.FieldProblem("documentId", "must be a document id"));
        }
        TaskStatus status = null;
        if (patch.hasNonNull("status")) {
            try {
                status = TaskStatus.valueOf(patch.get("status").asText().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new ApiException.FieldProblem("status", "must be one of OPEN, DONE, CANCELLED"));
            }
        }
        if (patch.hasNonNull("dueDate")) {
            try {
                LocalDate.parse(patch.get("dueDate").asText());
            } catch (DateTimeParseException e) {
                problems.add(new ApiException.FieldProblem("dueDate", "must be a date like 2026-12-05"));
            }
        }
        problems.addAll(textProblems(patch.hasNonNull("title") ? patch.get("title").asText() : null,
                patch.hasNonNull("description") ? patch.get("description").asText() : null, false));
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields", problems);
        }
        return new Change(patch, status);
    }

    /** For a new task: a title is required. */
    static void checkText(String title, String description) {
        List<ApiException.FieldProblem> problems = textProblems(title, description, true);
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields", problems);
        }
    }

    static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                List.of(new ApiException.FieldProblem(field, message)));
    }

    private static List<ApiException.FieldProblem> textProblems(String title, String description, boolean titleRequired) {
        List<ApiException.FieldProblem> problems = new ArrayList<>();
        if (titleRequired && (title == null || title.isBlank())) {
            problems.add(new ApiException.FieldProblem("title", "must not be blank / 件名を入力してください"));
        }
        if (title != null && title.strip().codePointCount(0, title.strip().length()) > MAX_TITLE) {
            problems.add(new ApiException.FieldProblem("title", "may have at most " + MAX_TITLE + " characters"));
        }
        if (description != null && description.codePointCount(0, description.length()) > MAX_DESCRIPTION) {
            problems.add(new ApiException.FieldProblem("description", "may have at most " + MAX_DESCRIPTION + " characters"));
        }
        return problems;
    }

    private static LocalDate date(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
