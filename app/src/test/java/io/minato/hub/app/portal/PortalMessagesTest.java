package io.minato.hub.app.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.context.MessageSource;

/** The portal's Japanese and English texts stay in step, and Japanese is what anyone else gets. */
class PortalMessagesTest {

    @Test
    void japaneseAndEnglishHaveTheSameKeys() throws IOException {
        Properties japanese = load("/messages_ja.properties");
        Properties english = load("/messages_en.properties");

        assertThat(japanese.stringPropertyNames()).isNotEmpty();
        assertThat(english.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(japanese.stringPropertyNames());
        assertThat(japanese.stringPropertyNames()).allMatch(key -> !japanese.getProperty(key).isBlank(), "no empty text");
    }

    @Test
    void anyLanguageButEnglishReadsJapanese() {
        MessageSource messages = new PortalConfiguration().messageSource();

        assertThat(messages.getMessage("login.title", null, Locale.JAPANESE)).isEqualTo("ログイン");
        assertThat(messages.getMessage("login.title", null, Locale.ENGLISH)).isEqualTo("Log in");
        assertThat(messages.getMessage("login.title", null, Locale.US)).isEqualTo("Log in");
        assertThat(messages.getMessage("login.title", null, Locale.FRENCH)).isEqualTo("ログイン");
    }

    @Test
    void errorsShowTheHalfInThePagesLanguage() {
        String message = "wrong login or password / ログインIDまたはパスワードが違います";

        assertThat(Bilingual.pick(message, Locale.JAPANESE)).isEqualTo("ログインIDまたはパスワードが違います");
        assertThat(Bilingual.pick(message, Locale.ENGLISH)).isEqualTo("wrong login or password");
        assertThat(Bilingual.pick("only English", Locale.JAPANESE)).isEqualTo("only English");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PortalMessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
