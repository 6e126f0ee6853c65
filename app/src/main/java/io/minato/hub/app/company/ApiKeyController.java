package io.minato.hub.app.company;

import io.minato.hub.app.security.ApiKeyView;
import io.minato.hub.app.security.ApiKeys;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A company's API keys: its systems call the API with one ({@code X-API-Key: mk_…} or
 * {@code Authorization: Bearer mk_…}) and act for the company in all its business types. The secret
 * is shown once, in the answer that issues it.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/api-keys")
class ApiKeyController {

    enum Environment { TEST, PRODUCTION }

    record KeyRequest(@NotBlank @Size(max = 100) String name, @NotNull Environment environment) {
    }

    private final ApiKeys keys;
    private final CompanyAccess access;

    ApiKeyController(ApiKeys keys, CompanyAccess access) {
        this.keys = keys;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<ApiKeys.IssuedKey> issue(@PathVariable String code, @Valid @RequestBody KeyRequest request) {
        CompanyAccess.Managed managed = access.manage(code);
        ApiKeys.IssuedKey key = keys.issue(managed.company().id(), request.name().strip(), request.environment().name(),
                managed.caller().userId());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/api-keys/" + key.id())).body(key);
    }

    @GetMapping
    List<ApiKeyView> list(@PathVariable String code) {
        return keys.list(access.manage(code).company().id());
    }

    /** Revoked keys are refused (401) from the next request on; the row stays for the record. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String code, @PathVariable long id) {
        keys.revoke(access.manage(code).company().id(), id);
        return ResponseEntity.noContent().build();
    }
}
