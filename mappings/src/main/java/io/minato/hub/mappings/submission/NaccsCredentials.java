package io.minato.hub.mappings.submission;

/**
 * A NACCS user's credentials: 利用者コード (user code, 5) + 識別番号 (identifier, 3) + password.
 * {@link #toString()} masks the password, so a record printed by mistake leaks nothing.
 */
public record NaccsCredentials(String userCode, String identifier, String password) {

    /** User code + identifier: the 8-character NACCS user ID. */
    public String userId() {
        return userCode + identifier;
    }

    @Override
    public String toString() {
        return "NaccsCredentials[" + userId() + ", password=********]";
    }
}
