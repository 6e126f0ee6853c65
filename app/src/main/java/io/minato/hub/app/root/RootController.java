package io.minato.hub.app.root;

import io.minato.hub.app.security.Callers;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/deals/{id}/root}: the deal's root document with field lineage. */
@RestController
@Tag(name = "Deals")
class RootController {

    private final RootLineage lineage;
    private final Callers callers;

    RootController(RootLineage lineage, Callers callers) {
        this.lineage = lineage;
        this.callers = callers;
    }

    @GetMapping("/api/v1/deals/{id}/root")
    @io.swagger.v3.oas.annotations.Operation(summary = "The deal's root document: each shared field's value,"
            + " source and time, the documents carrying it, and every value offered for it (field lineage)")
    RootView root(@PathVariable long id) {
        return lineage.view(callers.require(), id);
    }
}
