package io.minato.hub.app.portal;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.minato.hub.app.collaboration.DealMessages;
import io.minato.hub.app.collaboration.DealTasks;
import io.minato.hub.app.collaboration.TaskStatus;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.wire.WireRedelivery;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The deal page's forms: post a message (to every participant or only to chosen companies), add a task
 * and mark one done, and, for the hub's operator, send an outbound interchange again. Each calls the
 * service the API calls, so {@code DealAccess} and the services' rules decide; the page shows what they
 * refused next to the form.
 */
@Controller
class DealCollaborationPages {

    private final DealMessages messages;
    private final DealTasks tasks;
    private final WireRedelivery redelivery;
    private final Callers callers;
    private final ObjectMapper json;

    DealCollaborationPages(DealMessages messages, DealTasks tasks, WireRedelivery redelivery, Callers callers,
                           ObjectMapper json) {
        this.messages = messages;
        this.tasks = tasks;
        this.redelivery = redelivery;
        this.callers = callers;
        this.json = json;
    }

    /** No company ticked means every participant reads it; ticking some restricts it to them (and the author's). */
    @PostMapping("/deals/{dealId}/messages")
    String postMessage(@PathVariable long dealId, @RequestParam(defaultValue = "") String text,
                       @RequestParam(required = false) List<String> visibleTo, RedirectAttributes redirect,
                       Locale locale) {
        try {
            messages.post(callers.require(), dealId, text, visibleTo == null || visibleTo.isEmpty() ? null : visibleTo);
            redirect.addFlashAttribute("notice", "deal.messages.posted");
        } catch (ApiException e) {
            redirect.addFlashAttribute("messageError", FormErrors.text(e, locale));
            redirect.addFlashAttribute("messageText", text);
        }
        return "redirect:/deals/" + dealId + "#messages";
    }

    @PostMapping("/deals/{dealId}/tasks")
    String createTask(@PathVariable long dealId, @RequestParam(defaultValue = "") String title,
                      @RequestParam(required = false) String description,
                      @RequestParam(required = false) String assigneeCompany,
                      @RequestParam(required = false) String dueDate, RedirectAttributes redirect, Locale locale) {
        try {
            tasks.create(callers.require(), dealId, new DealTasks.NewTask(title, blankToNull(description), null,
                    blankToNull(assigneeCompany), null, date(dueDate)));
            redirect.addFlashAttribute("notice", "deal.tasks.created");
        } catch (ApiException e) {
            redirect.addFlashAttribute("taskError", FormErrors.text(e, locale));
            redirect.addFlashAttribute("taskTitle", title);
        }
        return "redirect:/deals/" + dealId + "#tasks";
    }

    /** The assignee company or the creator company marks it done (the service refuses anyone else with 403). */
    @PostMapping("/deals/{dealId}/tasks/{taskId}/done")
    String markDone(@PathVariable long dealId, @PathVariable long taskId, RedirectAttributes redirect,
                    Locale locale) {
        try {
            tasks.change(callers.require(), dealId, taskId,
                    json.createObjectNode().put("status", TaskStatus.DONE.name()));
            redirect.addFlashAttribute("notice", "deal.tasks.marked");
        } catch (ApiException e) {
            redirect.addFlashAttribute("taskError", FormErrors.text(e, locale));
        }
        return "redirect:/deals/" + dealId + "#tasks";
    }

    /** 再送 (operator only): delivery runs on the outbound route; the deal page shows its status and attempts. */
    @PostMapping("/deals/{dealId}/wire/{messageId}/resend")
    String resend(@PathVariable long dealId, @PathVariable long messageId, RedirectAttributes redirect,
                  Locale locale) {
        try {
            redelivery.resend(callers.require(), messageId);
            redirect.addFlashAttribute("wireNotice", messageId);
        } catch (ApiException e) {
            redirect.addFlashAttribute("wireError", FormErrors.text(e, locale));
        }
        return "redirect:/deals/" + dealId + "#wire";
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the due date must be a date like 2026-12-05"
                    + " / 期限は 2026-12-05 の形式で入力してください", e);
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
