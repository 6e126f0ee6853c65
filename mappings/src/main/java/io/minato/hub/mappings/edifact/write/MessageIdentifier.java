package io.minato.hub.mappings.edifact.write;

import java.util.List;
import java.util.Objects;

/**
 * S009 of a message to write: type (0065), version (0052), release (0054), controlling agency (0051),
 * e.g. {@code CONTRL:D:3:UN} or {@code IFTMIN:D:99B:UN}.
 */
public record MessageIdentifier(String type, String version, String release, String agency) {

    public MessageIdentifier {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(agency, "agency");
    }

    /** From S009 components as received (at least four); extra components are dropped. */
    public static MessageIdentifier of(List<String> s009) {
        if (s009.size() < 4) {
            throw new IllegalArgumentException("S009 needs type, version, release and agency: " + s009);
        }
        return new MessageIdentifier(s009.get(0), s009.get(1), s009.get(2), s009.get(3));
    }

    /** {@code CONTRL:D:3:UN}, as EDI people write it. */
    @Override
    public String toString() {
        return type + ":" + version + ":" + release + ":" + agency;
    }
}
