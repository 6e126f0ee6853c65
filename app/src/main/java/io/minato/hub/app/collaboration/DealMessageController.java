package io.minato.hub.app.collaboration;

import io.minato.hub.app.security.Callers;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Messages (メッセージ/チャット) on a deal, newest first, paged with {@code before} and a {@code Link rel="next"}. */
@RestController
@RequestMapping("/api/v1/deals/{dealId}/messages")
class DealMessageController {

    /** A new message; {@code visibleTo} restricts it to these participant companies (and the author's). */
    record NewMessage(String text, List<String> visibleTo) {
    }

    private final DealMessages messages;
    private final Callers callers;

    DealMessageController(DealMessages messages, Callers callers) {
        this.messages = messages;
        this.callers = callers;
    }

    @PostMapping
    ResponseEntity<DealMessageRow> post(@PathVariable long dealId, @RequestBody NewMessage request) {
        DealMessageRow message = messages.post(callers.require(), dealId, request.text(), request.visibleTo());
        return ResponseEntity.created(URI.create("/api/v1/deals/" + dealId + "/messages?before=" + (message.id() + 1)
                + "&limit=1")).body(message);
    }

    @GetMapping
    ResponseEntity<List<DealMessageRow>> page(@PathVariable long dealId,
                                              @RequestParam(required = false) Long before,
                                              @RequestParam(defaultValue = "50") int limit) {
        Paging.check(before, limit);
        List<DealMessageRow> page = messages.page(callers.require(), dealId, before, limit);
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (page.size() == limit) {
            long oldest = page.get(page.size() - 1).id();
            answer.header(HttpHeaders.LINK, "</api/v1/deals/" + dealId + "/messages?before=" + oldest + "&limit=" + limit
                    + ">; rel=\"next\"");
        }
        return answer.body(page);
    }
}
