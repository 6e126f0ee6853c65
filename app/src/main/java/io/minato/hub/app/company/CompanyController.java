package io.minato.hub.app.company;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.security.Invitations;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.party.BusinessType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Platform companies (利用企業): the hub's operator registers a company with its business types and its
 * administrator (invited by mail), suspends and reactivates it; proof documents (証明書類) per business
 * type are uploaded by the operator or the company's administrator.
 */
@RestController
class CompanyController {

    record CompanyRegistration(@NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,35}") String code,
                               @NotBlank @Size(max = 140) String name,
                               @NotEmpty List<@NotNull BusinessType> businessTypes,
                               @Valid @NotNull Administrator administrator) {
    }

    record Administrator(@NotBlank @Pattern(regexp = "[A-Za-z0-9._@-]{3,64}") String login,
                         @NotBlank @Size(max = 140) String displayName, @NotBlank @Email String email) {
    }

    record ProofList(List<CompanyMapper.Proof> proofs, List<BusinessType> proofMissing) {
    }

    private final CompanyMapper companies;
    private final CompanyRegistry registry;
    private final CompanyAccess access;
    private final Callers callers;

    CompanyController(CompanyMapper companies, CompanyRegistry registry, CompanyAccess access, Callers callers) {
        this.companies = companies;
        this.registry = registry;
        this.access = access;
        this.callers = callers;
    }

    @PostMapping("/api/v1/companies")
    ResponseEntity<CompanyRegistry.Registered> register(@Valid @RequestBody CompanyRegistration registration) {
        var operator = callers.requireOperator();
        Administrator admin = registration.administrator();
        CompanyRegistry.Registered registered = registry.register(registration.code(), registration.name().strip(),
                registration.businessTypes(),
                new Invitations.Invitee(admin.login(), admin.displayName(), admin.email(), true, null), operator);
        return ResponseEntity.created(URI.create("/api/v1/companies/" + registration.code())).body(registered);
    }

    @GetMapping("/api/v1/companies")
    List<CompanyView> list() {
        callers.requireOperator();
        return companies.members().stream().map(company -> CompanyView.of(company, companies.proofs(company.id())))
                .toList();
    }

    @GetMapping("/api/v1/companies/{code}")
    CompanyView get(@PathVariable String code) {
        CompanyRow company = access.view(code).company();
        return CompanyView.of(company, companies.proofs(company.id()));
    }

    /** Its people are refused at once (401) and its API keys stop working, until it is reactivated. */
    @PostMapping("/api/v1/companies/{code}/suspend")
    CompanyView suspend(@PathVariable String code) {
        callers.requireOperator();
        companies.suspend(access.find(code).id());
        return get(code);
    }

    @PostMapping("/api/v1/companies/{code}/reactivate")
    CompanyView reactivate(@PathVariable String code) {
        callers.requireOperator();
        companies.reactivate(access.find(code).id());
        return get(code);
    }

    @PostMapping(path = "/api/v1/companies/{code}/proofs", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<CompanyMapper.Proof> addProof(@PathVariable String code, @RequestParam BusinessType businessType,
                                                 @RequestParam MultipartFile file) throws IOException {
        CompanyAccess.Managed managed = access.manage(code);
        CompanyRow company = managed.company();
        if (!company.businessTypes().contains(businessType)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "company " + code + " does not hold business type "
                    + businessType + " / 企業 " + code + " は事業種別 " + businessType.japaneseName() + " を登録していません");
        }
        ProofContent.checkSize(file.getSize());
        byte[] content = file.getBytes();
        String contentType = ProofContent.contentTypeOf(content);
        String name = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "proof" : file.getOriginalFilename();
        long id = companies.insertProof(company.id(), businessType, name, contentType, content,
                HexFormat.of().formatHex(sha256(content)), managed.caller().userId());
        CompanyMapper.Proof proof = companies.proofs(company.id()).stream().filter(p -> p.id() == id).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/companies/" + code + "/proofs/" + id)).body(proof);
    }

    @GetMapping("/api/v1/companies/{code}/proofs")
    ProofList proofs(@PathVariable String code) {
        CompanyRow company = access.manage(code).company();
        List<CompanyMapper.Proof> proofs = companies.proofs(company.id());
        return new ProofList(proofs, CompanyView.of(company, proofs).proofMissing());
    }

    @GetMapping("/api/v1/companies/{code}/proofs/{id}/content")
    ResponseEntity<byte[]> proofContent(@PathVariable String code, @PathVariable long id) {
        CompanyRow company = access.manage(code).company();
        CompanyMapper.ProofFile file = companies.proofFile(company.id(), id)
                .orElseThrow(() -> ApiException.notFound("proof document", id));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .body(file.content());
    }

    private static byte[] sha256(byte[] content) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(content);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
