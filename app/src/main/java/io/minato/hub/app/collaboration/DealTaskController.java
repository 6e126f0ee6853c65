package io.minato.hub.app.collaboration;

import com.fasterxml.jackson.databind.JsonNode;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Tasks (タスク) on a deal: {@code ?status=OPEN&assignedToMe=true} lists what waits for the caller. */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/tasks")
class DealTaskController {

    private final DealTasks tasks;
    private final Callers callers;

    DealTaskController(DealTasks tasks, Callers callers) {
        this.tasks = tasks;
        this.callers = callers;
    }

    @PostMapping
    ResponseEntity<TaskView> create(@PathVariable long dealId, @RequestBody DealTasks.NewTask request) {
        TaskView task = tasks.create(callers.require(), dealId, request);
        return ResponseEntity.created(URI.create("/api/v1/deals/" + dealId + "/tasks/" + task.id())).body(task);
    }

    @GetMapping
    List<TaskView> list(@PathVariable long dealId, @RequestParam(required = false) String status,
                        @RequestParam(defaultValue = "false") boolean assignedToMe) {
        return tasks.list(callers.require(), dealId, status(status), assignedToMe);
    }

    @GetMapping("/{taskId}")
    TaskView get(@PathVariable long dealId, @PathVariable long taskId) {
        return tasks.get(callers.require(), dealId, taskId);
    }

    /** JSON merge patch: only the fields sent change; {@code null} clears description, document, user or due date. */
    @PatchMapping(path = "/{taskId}", consumes = {"application/json", "application/merge-patch+json"})
    TaskView change(@PathVariable long dealId, @PathVariable long taskId, @RequestBody JsonNode patch) {
        return tasks.change(callers.require(), dealId, taskId, patch);
    }

    private static TaskStatus status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return TaskStatus.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "status must be one of OPEN, DONE, CANCELLED, not " + status
                    + " / status には OPEN, DONE, CANCELLED のいずれかを指定してください");
        }
    }
}
