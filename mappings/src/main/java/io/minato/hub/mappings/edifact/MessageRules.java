package io.minato.hub.mappings.edifact;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What {@link EnvelopeValidator} asks of the messages an interchange may hold, beyond the envelope. */
interface MessageRules {

    /** Why a message with this UNH S009 cannot be read here, or empty if it can. */
    Optional<String> unsupported(List<String> s009);

    /** The segment tags a supported message may use; call only when {@link #unsupported} is empty. */
    Set<String> segmentTags(List<String> s009);

    /**
     * One type in any version, with a fixed set of segment tags: service and acknowledgement
     * messages (CONTRL, APERAK) keep their few segments across directories, and partners answer
     * in whichever directory they use.
     */
    static MessageRules anyVersionOf(String type, Set<String> segmentTags) {
        Set<String> tags = Set.copyOf(segmentTags);
        return new MessageRules() {
            @Override
            public Optional<String> unsupported(List<String> s009) {
                return !s009.isEmpty() && type.equals(s009.get(0)) ? Optional.empty()
                        : Optional.of("message type " + MessageProfiles.typeOf(s009) + " is not supported here (supported: "
                        + type + ")");
            }

            @Override
            public Set<String> segmentTags(List<String> s009) {
                return tags;
            }
        };
    }
}
