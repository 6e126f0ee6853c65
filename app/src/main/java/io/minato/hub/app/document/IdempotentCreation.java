package io.minato.hub.app.document;

import io.minato.hub.app.security.Caller;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Idempotent create (Cyber Port: a second create returns the existing document): a company's
 * Idempotency-Key names one create in one deal. The unique index on the key decides races; this class
 * checks the key, fingerprints the request and answers a repeat with the document it made.
 */
@Component
class IdempotentCreation {

    private static final int MAX_KEY_LENGTH = 255;

    private final DocumentMapper documents;

    IdempotentCreation(DocumentMapper documents) {
        this.documents = documents;
    }

    /** The key as stored; null without one; 400 for a blank or overlong one. */
    String key(String header) {
        if (header == null) {
            return null;
        }
        String key = header.strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH
                    + " characters / Idempotency-Key は 1〜" + MAX_KEY_LENGTH + " 文字で指定してください");
        }
        return key;
    }

    /** What the request asks for: type, the fields as validated and written, the restriction. */
    String hash(DocumentType type, String fieldsJson, String[] restrictedTo) {
        String request = type.name() + "\n" + fieldsJson + "\n"
                + (restrictedTo == null ? "" : String.join(",", restrictedTo));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(request.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * The document an earlier request with the key created; 422 if that request asked for something
     * else, 410 if its document was deleted since.
     */
    long replay(Caller caller, long dealId, String key, String hash) {
        DocumentMapper.KeyedDocument earlier = documents.findByIdempotencyKey(caller.companyId(), dealId, key)
                .orElseThrow(() -> new IllegalStateException("the insert under Idempotency-Key " + key
                        + " conflicted, yet no document of deal " + dealId + " has it"));
        if (!earlier.requestHash().equals(hash)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Idempotency-Key '" + key + "' was used for a"
                    + " different request (it created document " + earlier.id() + "); use a new key for a new"
                    + " document / Idempotency-Key '" + key + "' は別の内容の登録で使用済みです");
        }
        if (earlier.deleted()) {
            throw new ApiException(HttpStatus.GONE, "document " + earlier.id() + ", created under Idempotency-Key '"
                    + key + "', was deleted / この Idempotency-Key で登録した帳票は削除されています");
        }
        return earlier.id();
    }
}
