package io.minato.hub.app.portal;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Display names in the page's language: document fields (falling back to the JSON name), types, events. */
@Component
class Labels {

    private final MessageSource messages;

    Labels(MessageSource messages) {
        this.messages = messages;
    }

    String field(String jsonName, Locale locale) {
        return messages.getMessage("field." + jsonName, null, jsonName, locale);
    }

    String documentType(DocumentType type, Locale locale) {
        return english(locale) ? type.englishName() : type.japaneseName();
    }

    String businessType(BusinessType type, Locale locale) {
        return english(locale) ? type.englishName() : type.japaneseName();
    }

    String event(String eventType, Locale locale) {
        return messages.getMessage("event." + eventType, null, eventType, locale);
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    static boolean english(Locale locale) {
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
    }
}
