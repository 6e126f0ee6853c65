package io.minato.hub.app.attachment;

import io.minato.hub.app.support.ApiException;
import java.util.Map;
import org.springframework.http.HttpStatus;

/**
 * A file the hub will not attach, with what a client needs to act on it as problem properties
 * ({@code detectedType}, {@code limit}, …) beside the bilingual detail.
 */
class AttachmentRefusedException extends ApiException {

    private final Map<String, Object> properties;

    AttachmentRefusedException(HttpStatus status, String message, Map<String, Object> properties) {
        super(status, message);
        this.properties = Map.copyOf(properties);
    }

    Map<String, Object> properties() {
        return properties;
    }
}
