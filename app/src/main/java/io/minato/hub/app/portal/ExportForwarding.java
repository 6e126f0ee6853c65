package io.minato.hub.app.portal;

import io.minato.hub.app.support.ApiException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Bulk download (一括ダウンロード) from the deal page. The page's script starts an export job and polls
 * its progress; the export API ({@code /api/v1/deals/{id}/exports}, {@code /api/v1/exports/{id}})
 * authenticates by HTTP Basic or API key only, so the portal forwards these few calls inside the
 * server: the session's user is the caller there, CSRF was checked here, and the API's own
 * {@code DealAccess} checks decide what the export may hold.
 */
@Controller
class ExportForwarding {

    @PostMapping("/deals/{dealId}/exports")
    String start(@PathVariable long dealId) {
        return "forward:/api/v1/deals/" + dealId + "/exports";
    }

    @GetMapping("/exports/{exportId}")
    String progress(@PathVariable String exportId) {
        return "forward:/api/v1/exports/" + safe(exportId);
    }

    @GetMapping("/exports/{exportId}/content")
    String download(@PathVariable String exportId) {
        return "forward:/api/v1/exports/" + safe(exportId) + "/content";
    }

    /** Export ids are numbers or UUIDs; anything else must not steer the forward elsewhere. */
    private static String safe(String id) {
        if (!id.matches("[A-Za-z0-9-]{1,64}")) {
            throw new ApiException(HttpStatus.NOT_FOUND,
                    "export " + id + " does not exist / エクスポート " + id + " はありません");
        }
        return id;
    }
}
