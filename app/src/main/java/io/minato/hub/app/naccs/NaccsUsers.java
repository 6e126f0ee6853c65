package io.minato.hub.app.naccs;

import io.minato.hub.app.security.PlatformUser;
import io.minato.hub.app.security.PlatformUsers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.submission.NaccsCredentials;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry of NACCS users (NACCS 利用者登録) and their links to platform users (NACCS 利用者紐付け).
 * A company sees and manages its own NACCS users only; passwords go in encrypted and never come out
 * except, decrypted, into the common part of an input being sent.
 */
@Service
public class NaccsUsers {

    /** A NACCS user as a company's administrator sees it in the portal: never the password. */
    public record Listed(long id, String userId, String partyCode, String charset, boolean active,
                         List<String> linkedLogins) {
    }

    private final NaccsUserMapper mapper;
    private final NaccsCredentialCipher cipher;
    private final PlatformUsers platformUsers;
    private final Validator validator;

    NaccsUsers(NaccsUserMapper mapper, NaccsCredentialCipher cipher, PlatformUsers platformUsers, Validator validator) {
        this.mapper = mapper;
        this.cipher = cipher;
        this.platformUsers = platformUsers;
        this.validator = validator;
    }

    /** The NACCS users of the caller's company (all, for the hub's operator). */
    public List<Listed> list(PlatformUser caller) {
        return visibleTo(caller).stream().map(this::listed).toList();
    }

    /**
     * Registers a NACCS user of the caller's company for SMTP two-way, checked as the API checks it:
     * 422 with the fields at fault, 409 if the user ID is registered already.
     */
    public Listed register(PlatformUser caller, String userCode, String identifier, String password, String charset) {
        NaccsUserController.Registration registration = new NaccsUserController.Registration(userCode, identifier,
                password, "SMTP_TWO_WAY", charset == null || charset.isBlank() ? null : charset, null, null, null);
        List<ApiException.FieldProblem> problems = validator.validate(registration).stream()
                .map(violation -> new ApiException.FieldProblem(violation.getPropertyPath().toString(), violation.getMessage()))
                .sorted(Comparator.comparing(ApiException.FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the NACCS user has invalid fields"
                    + " / NACCS利用者の入力に誤りがあります", problems);
        }
        return listed(register(caller, registration));
    }

    private Listed listed(NaccsUserRow row) {
        return new Listed(row.id(), row.userId(), row.partyCode(), row.charset(), row.active(), linkedLogins(row.id()));
    }

    /** Registers a NACCS user for the caller's company; 409 if the user ID is registered already. */
    @Transactional
    NaccsUserRow register(PlatformUser caller, NaccsUserController.Registration registration) {
        Long partyId = partyOf(caller, registration.partyCode());
        String userId = registration.userCode() + registration.identifier();
        Long id = mapper.insertIfAbsent(partyId, registration.userCode(), registration.identifier(),
                cipher.encrypt(registration.password(), userId), registration.charsetOrDefault(),
                registration.relayHost(), registration.relayPort());
        if (id == null) {
            throw new ApiException(HttpStatus.CONFLICT, "NACCS user " + userId + " is registered already"
                    + " / NACCS利用者 " + userId + " は登録済みです");
        }
        return mapper.find(id).orElseThrow();
    }

    /** The caller's company; the hub's operator (no company) may name one, or none. */
    private Long partyOf(PlatformUser caller, String partyCode) {
        if (partyCode == null || partyCode.isBlank() || partyCode.equals(caller.partyCode())) {
            return caller.partyId();
        }
        if (caller.partyId() != null) {
            throw new ApiException(HttpStatus.FORBIDDEN, "platform user " + caller.login() + " of party "
                    + caller.partyCode() + " registers NACCS users of that party only / 自社のNACCS利用者のみ登録できます");
        }
        return platformUsers.partyId(partyCode).orElseThrow(() -> new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
                "party " + partyCode + " does not exist"));
    }

    @Transactional
    void changePassword(NaccsUserRow user, String password) {
        mapper.updatePassword(user.id(), cipher.encrypt(password, user.userId()));
    }

    /** Registers a NACCS user from configuration unless its user ID exists; true if registered now. */
    @Transactional
    boolean registerIfAbsent(String userCode, String identifier, String password, String charset) {
        return mapper.insertIfAbsent(null, userCode, identifier, cipher.encrypt(password, userCode + identifier),
                charset, null, null) != null;
    }

    List<NaccsUserRow> visibleTo(PlatformUser caller) {
        return mapper.list(caller.partyId());
    }

    /** A NACCS user of the caller's company (any, for the hub's operator); 404 otherwise, so IDs cannot be probed. */
    NaccsUserRow manageable(PlatformUser caller, long id) {
        return mapper.find(id)
                .filter(user -> caller.partyId() == null || caller.partyId().equals(user.partyId()))
                .orElseThrow(() -> ApiException.notFound("NACCS user", id));
    }

    List<String> linkedLogins(long naccsUserId) {
        return mapper.linkedLogins(naccsUserId);
    }

    /**
     * Replaces the platform users linked to a NACCS user. Only users of the NACCS user's own company
     * can be linked: NACCS IDs are never shared between companies.
     */
    @Transactional
    void replaceLinks(NaccsUserRow naccsUser, List<String> logins) {
        List<PlatformUser> users = new ArrayList<>();
        for (String login : logins) {
            PlatformUser user = platformUsers.findByLogin(login).orElseThrow(() -> new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY, "platform user " + login + " does not exist"));
            if (naccsUser.partyId() != null && !naccsUser.partyId().equals(user.partyId())) {
                throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "platform user " + login + " belongs to "
                        + (user.partyCode() == null ? "no company" : "party " + user.partyCode())
                        + ", NACCS user " + naccsUser.userId() + " to party " + naccsUser.partyCode()
                        + ": NACCS IDs are not shared between companies / 他社の利用者とは紐付けできません");
            }
            users.add(user);
        }
        mapper.unlinkAll(naccsUser.id());
        users.forEach(user -> mapper.link(naccsUser.id(), user.id()));
    }

    /** Links a platform user to a NACCS user by their IDs (configuration seed). */
    @Transactional
    void link(String userCode, String identifier, String login) {
        NaccsUserRow naccsUser = mapper.findByUserId(userCode, identifier).orElseThrow();
        PlatformUser user = platformUsers.findByLogin(login).orElseThrow();
        mapper.link(naccsUser.id(), user.id());
    }

    List<NaccsUserRow> linkedTo(PlatformUser user) {
        return mapper.linkedTo(user.id());
    }

    NaccsCredentials credentials(NaccsUserRow user) {
        return new NaccsCredentials(user.userCode(), user.identifier(),
                cipher.decrypt(user.passwordEncrypted(), user.userId()));
    }

    /**
     * Whether the platform user may see the content of a NACCS message whose owner is
     * {@code userId} (8 characters), or, when that is unknown, user code {@code userCode} (5).
     */
    boolean mayRead(PlatformUser user, String userId, String userCode) {
        if (userId == null && userCode == null) {
            return false;
        }
        return mapper.isLinked(user.id(), userId, userId == null ? userCode : null);
    }
}
