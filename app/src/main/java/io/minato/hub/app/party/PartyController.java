package io.minato.hub.app.party;

import io.minato.hub.app.party.PartyRegister.Outcome;
import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.party.NameKey;
import io.minato.hub.mappings.party.PartyIdentifier;
import io.minato.hub.mappings.party.PartyNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The party table: organizations (code, name, business types) and the identifiers and names by
 * which messages name them. This is where an {@code UnknownPartyException} is fixed. Everyone logged in
 * reads it; only the hub's operator changes it (companies register through {@code /api/v1/companies}).
 */
@RestController
@Validated
@RequestMapping("/api/v1/parties")
class PartyController {

    /** What PUT on a party sets. */
    record PartyUpdate(@NotBlank @Size(max = 140) String name, List<@NotNull BusinessType> businessTypes) {
    }

    /** A name to recognise a party by, with its city or postcode, or no address for "anywhere". */
    record NameRegistration(@NotBlank @Size(max = 350) String name, @Size(max = 70) String address) {
    }

    private static final String CODE = "[A-Z0-9_-]{2,35}";

    private final PartyMapper mapper;
    private final PartyRegister register;
    private final Callers callers;

    PartyController(PartyMapper mapper, PartyRegister register, Callers callers) {
        this.mapper = mapper;
        this.register = register;
        this.callers = callers;
    }

    /** All parties, or those whose code, identifier value, name or name key matches {@code q}. */
    @GetMapping
    List<PartyRow> search(@RequestParam(required = false) String q,
                          @RequestParam(required = false) BusinessType businessType,
                          @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        String query = q == null || q.isBlank() ? null : q.strip();
        return mapper.search(query, query == null ? null : "%" + likeEscaped(query) + "%",
                query == null ? null : "%" + likeEscaped(PartyNames.normalize(query)) + "%", businessType, limit);
    }

    @GetMapping("/{code}")
    PartyView get(@PathVariable String code) {
        PartyRow party = party(code);
        return new PartyView(party, mapper.identifiers(party.id()), mapper.names(party.id()));
    }

    /** Creates (201) or replaces (200) a party's name and business types; identifiers and names stay. */
    @PutMapping("/{code}")
    ResponseEntity<PartyView> put(@PathVariable String code, @Valid @RequestBody PartyUpdate update) {
        callers.requireOperator();
        if (!code.matches(CODE)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("code", "must be 2 to 35 of A-Z, 0-9, _ and - (was " + code + ")")));
        }
        List<BusinessType> types = update.businessTypes() == null ? List.of() : update.businessTypes();
        boolean created = mapper.upsert(code, update.name().strip(), types.stream().distinct().toList());
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(get(code));
    }

    /** Registers an identifier, e.g. {@code PUT /api/v1/parties/ONEY/identifiers/NAD:86/ONEY}: 201, or 200 if there. */
    @PutMapping("/{code}/identifiers/{scheme}/{value}")
    ResponseEntity<PartyView> putIdentifier(@PathVariable String code, @PathVariable String scheme,
                                            @PathVariable String value) {
        callers.requireOperator();
        PartyIdentifier identifier = identifier(scheme, value);
        Outcome outcome = register.addIdentifier(party(code), identifier);
        return answer(code, outcome, identifier.describe());
    }

    @DeleteMapping("/{code}/identifiers/{scheme}/{value}")
    ResponseEntity<Void> deleteIdentifier(@PathVariable String code, @PathVariable String scheme,
                                          @PathVariable String value) {
        callers.requireOperator();
        PartyIdentifier identifier = identifier(scheme, value);
        if (mapper.deleteIdentifier(party(code).id(), identifier.scheme(), identifier.value()) == 0) {
            throw new ApiException(HttpStatus.NOT_FOUND, "party " + code + " has no identifier " + identifier.describe());
        }
        return ResponseEntity.noContent().build();
    }

    /** Registers a name (normalized into its key): 201, or 200 if the key is there. */
    @PutMapping("/{code}/names")
    ResponseEntity<PartyView> putName(@PathVariable String code, @Valid @RequestBody NameRegistration registration) {
        callers.requireOperator();
        NameKey key = nameKey(registration.name(), registration.address());
        Outcome outcome = register.addName(party(code), registration.name(), registration.address());
        return answer(code, outcome, "name '" + key.describe() + "'");
    }

    /** Removes the name whose key the given name and address normalize to. */
    @DeleteMapping("/{code}/names")
    ResponseEntity<Void> deleteName(@PathVariable String code, @RequestParam String name,
                                    @RequestParam(required = false) String address) {
        callers.requireOperator();
        NameKey key = nameKey(name, address);
        if (mapper.deleteName(party(code).id(), key.name(), key.address()) == 0) {
            throw new ApiException(HttpStatus.NOT_FOUND, "party " + code + " has no name '" + key.describe() + "'");
        }
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<PartyView> answer(String code, Outcome outcome, String what) {
        if (outcome.heldBy() != null) {
            throw new ApiException(HttpStatus.CONFLICT, what + " already belongs to party " + outcome.heldBy()
                    + "; DELETE it there first if it really is " + code + "'s");
        }
        return ResponseEntity.status(outcome.added() ? HttpStatus.CREATED : HttpStatus.OK).body(get(code));
    }

    private PartyRow party(String code) {
        return mapper.find(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND,
                "party " + code + " does not exist; create it with PUT /api/v1/parties/" + code));
    }

    private static PartyIdentifier identifier(String scheme, String value) {
        try {
            return new PartyIdentifier(scheme, value);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("scheme", e.getMessage())));
        }
    }

    private static NameKey nameKey(String name, String address) {
        if (PartyNames.normalize(name).isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("name", "has no letters or digits to recognise a party by")));
        }
        return NameKey.of(name, address);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
