package io.minato.hub.app.security;

import io.minato.hub.app.support.ApiException;
import org.springframework.http.HttpStatus;

/** What a new password must be: long enough, not the login, not the password it replaces. */
final class PasswordRules {

    static final int MIN_LENGTH = 8;

    private PasswordRules() {
    }

    /** @throws ApiException 422 naming the rule broken, in both languages */
    static void check(String login, String currentPassword, String newPassword) {
        if (newPassword == null || newPassword.length() < MIN_LENGTH || newPassword.length() > 128) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "a password has " + MIN_LENGTH + " to 128 characters"
                    + " / パスワードは" + MIN_LENGTH + "文字以上128文字以下にしてください");
        }
        if (newPassword.equalsIgnoreCase(login)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "the password may not be the login"
                    + " / ログインIDと同じパスワードは使えません");
        }
        if (newPassword.equals(currentPassword)) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "choose a password different from the current one"
                    + " / 現在と異なるパスワードを設定してください");
        }
    }
}
