package io.minato.hub.app.portal;

import java.util.Locale;

/**
 * The hub's error messages read "English / 日本語"; a page shows the half in its language (the whole
 * text when a message has only one).
 */
final class Bilingual {

    private static final String SEPARATOR = " / ";

    private Bilingual() {
    }

    static String pick(String message, Locale locale) {
        if (message == null) {
            return "";
        }
        int at = message.lastIndexOf(SEPARATOR);
        if (at < 0) {
            return message;
        }
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage())
                ? message.substring(0, at) : message.substring(at + SEPARATOR.length());
    }
}
