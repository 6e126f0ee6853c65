package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.document.MessageFunction;
import io.minato.hub.mappings.support.MappingException;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * The BGM of a message, read the same in every directory: D.95B sends the document number as the
 * simple element 1004, D.99B and later inside composite C106, so both places are tried.
 */
final class Bgm {

    private final MessageView message;
    private final Element segment;

    private Bgm(MessageView message, Element segment) {
        this.message = message;
        this.segment = segment;
    }

    static Bgm of(MessageView message) {
        Element bgm = message.all("BGM").stream().findFirst().orElseThrow(() -> new MappingException(message.atMessage(),
                "no BGM: the parser let through a message it should not have"));
        return new Bgm(message, bgm);
    }

    Element segment() {
        return segment;
    }

    /** Document name code (C002/1001). */
    Optional<String> documentName() {
        return message.text(segment, "C002/E1001");
    }

    /** Document number (1004). */
    Optional<String> documentNumber() {
        return message.text(segment, "C106/E1004").or(() -> message.text(segment, "E1004"));
    }

    /** Message function (1225); a BGM without one is an original, as the standard's default reading is. */
    MessageFunction function() {
        Optional<String> code = message.text(segment, "E1225");
        if (code.isEmpty()) {
            return MessageFunction.ORIGINAL;
        }
        return MessageFunction.ofCode(code.get()).orElseThrow(() -> new MappingException(message.at(segment, 3, 0),
                "message function " + code.get() + " is not supported (9 original, 5 replace, 4 change, 1 cancellation, 31 copy, 43 additional transmission)"));
    }
}
