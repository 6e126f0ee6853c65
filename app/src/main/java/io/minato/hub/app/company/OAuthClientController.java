package io.minato.hub.app.company;

import io.minato.hub.app.security.oauth.OAuthClientView;
import io.minato.hub.app.security.oauth.OAuthClients;
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
 * A company's OAuth2 clients: its systems fetch an access token at {@code POST /oauth2/token}
 * (client credentials) and call the API with {@code Authorization: Bearer <token>}, acting for the
 * company in all its business types, like an API key. Only the company's administrator or the hub's
 * operator manages them; the secret is shown once, in the answer that registers the client.
 */
@RestController
@RequestMapping("/api/v1/companies/{code}/oauth-clients")
class OAuthClientController {

    record ClientRequest(@NotBlank @Size(max = 100) String name, @NotNull OAuthClients.Environment environment) {
    }

    private final OAuthClients clients;
    private final CompanyAccess access;

    OAuthClientController(OAuthClients clients, CompanyAccess access) {
        this.clients = clients;
        this.access = access;
    }

    @PostMapping
    ResponseEntity<OAuthClients.IssuedClient> register(@PathVariable String code,
                                                       @Valid @RequestBody ClientRequest request) {
        CompanyAccess.Managed managed = access.manage(code);
        OAuthClients.IssuedClient client = clients.register(managed.company().id(), request.name().strip(),
                request.environment(), managed.caller().userId());
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/oauth-clients/" + client.id()))
                .body(client);
    }

    @GetMapping
    List<OAuthClientView> list(@PathVariable String code) {
        return clients.list(access.manage(code).company().id());
    }

    /** The client gets no more tokens, and the ones it has are refused (401) from the next request on. */
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String code, @PathVariable long id) {
        CompanyAccess.Managed managed = access.manage(code);
        clients.revoke(managed.company().id(), id, managed.caller().userId());
        return ResponseEntity.noContent().build();
    }
}
