package io.minato.hub.app.partner;

import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.mappings.partner.PartnerProfile;
import jakarta.validation.Valid;
import java.nio.charset.Charset;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** EDI partner profiles: identifiers, directory, charset, channel, acknowledgements, test flag. */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerController {

    private final PartnerMapper mapper;

    PartnerController(PartnerMapper mapper) {
        this.mapper = mapper;
    }

    @GetMapping
    List<PartnerProfile> list() {
        return mapper.findAll();
    }

    @GetMapping("/{code}")
    PartnerProfile get(@PathVariable String code) {
        return mapper.find(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "partner " + code + " does not exist"));
    }

    /** Creates (201) or replaces (200) a partner profile. */
    @PutMapping("/{code}")
    ResponseEntity<PartnerProfile> put(@PathVariable String code, @Valid @RequestBody PartnerProfile partner) {
        if (!code.equals(partner.code())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("code", "must equal the partner code in the path (" + code + ")")));
        }
        if (partner.charsetOverride() != null && !Charset.isSupported(partner.charsetOverride())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("charsetOverride", "is not a charset this hub knows")));
        }
        boolean created = mapper.upsert(partner);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(get(code));
    }
}
