package io.minato.hub.app.partner;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.mappings.partner.PartnerChannel;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.partner.SftpSettings;
import io.minato.hub.routes.edifact.SftpInboxes;
import io.minato.hub.routes.support.Secrets;
import jakarta.validation.Valid;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * EDI partner profiles: identifiers, directory, charset, channel (and SFTP server), acknowledgements,
 * test flag. SFTP settings name their secrets and never carry them, so nothing here can show one.
 */
@RestController
@RequestMapping("/api/v1/partners")
class PartnerController {

    private final PartnerMapper mapper;
    private final Secrets secrets;
    private final SftpInboxes sftpInboxes;
    private final Callers callers;

    PartnerController(PartnerMapper mapper, Secrets secrets, SftpInboxes sftpInboxes, Callers callers) {
        this.mapper = mapper;
        this.secrets = secrets;
        this.sftpInboxes = sftpInboxes;
        this.callers = callers;
    }

    @GetMapping
    List<PartnerProfile> list() {
        return mapper.findAll();
    }

    @GetMapping("/{code}")
    PartnerProfile get(@PathVariable String code) {
        return mapper.find(code).orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "partner " + code + " does not exist"));
    }

    /** Creates (201) or replaces (200) a partner profile; the hub's operator only. */
    @PutMapping("/{code}")
    ResponseEntity<PartnerProfile> put(@PathVariable String code, @Valid @RequestBody PartnerProfile partner) {
        callers.requireOperator();
        if (!code.equals(partner.code())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("code", "must equal the partner code in the path (" + code + ")")));
        }
        if (partner.charsetOverride() != null && !Charset.isSupported(partner.charsetOverride())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("charsetOverride", "is not a charset this hub knows")));
        }
        List<FieldProblem> sftpProblems = sftpProblems(partner);
        if (!sftpProblems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields", sftpProblems);
        }
        boolean created = mapper.upsert(partner);
        PartnerProfile stored = get(code);
        sftpInboxes.apply(stored);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(stored);
    }

    /** An SFTP partner needs a server, a way to log in, and secrets the hub actually has. */
    private List<FieldProblem> sftpProblems(PartnerProfile partner) {
        List<FieldProblem> problems = new ArrayList<>();
        SftpSettings sftp = partner.sftp();
        if (sftp == null) {
            if (partner.channel() == PartnerChannel.SFTP) {
                problems.add(new FieldProblem("sftp", "is required for channel SFTP"));
            }
            return problems;
        }
        if (sftp.passwordSecret() == null && sftp.privateKeyFile() == null) {
            problems.add(new FieldProblem("sftp.passwordSecret", "or sftp.privateKeyFile is required"));
        }
        checkSecret(problems, "sftp.passwordSecret", sftp.passwordSecret());
        checkSecret(problems, "sftp.privateKeyPassphraseSecret", sftp.privateKeyPassphraseSecret());
        return problems;
    }

    private void checkSecret(List<FieldProblem> problems, String field, String name) {
        if (name != null && !secrets.isDefined(name)) {
            problems.add(new FieldProblem(field, "names no secret the hub has: set " + Secrets.PREFIX + name
                    + " in its configuration (environment MINATO_SECRETS_" + name.toUpperCase().replace('-', '_') + ")"));
        }
    }
}
