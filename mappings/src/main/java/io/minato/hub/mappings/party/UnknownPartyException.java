package io.minato.hub.mappings.party;

import io.minato.hub.mappings.support.MappingException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A message names a party that is not in the party table. Permanent: the same message fails the
 * same way until someone registers the party, so the text says exactly what was looked up and what
 * to register; after that the parked message is reprocessed.
 */
public class UnknownPartyException extends MappingException {

    private final PartyReference reference;
    private final List<NameKey> namesTried;

    public UnknownPartyException(PartyReference reference) {
        this(reference, PartyNames.candidates(reference));
    }

    private UnknownPartyException(PartyReference reference, List<NameKey> namesTried) {
        super(reference.position(), explain(reference, namesTried));
        this.reference = reference;
        this.namesTried = List.copyOf(namesTried);
    }

    public PartyReference reference() {
        return reference;
    }

    /** The party's role, a 3035 qualifier. */
    public String role() {
        return reference.role();
    }

    /** The name keys looked up, most specific first; empty when the message sent no name. */
    public List<NameKey> namesTried() {
        return namesTried;
    }

    /** What a person does about it: the API calls that register the party's id or name. */
    public String fix() {
        return fix(reference);
    }

    private static String explain(PartyReference reference, List<NameKey> names) {
        StringBuilder text = new StringBuilder(reference.describe()).append(": no party with ");
        if (reference.identifier() != null) {
            text.append(reference.identifier().describe());
            text.append(names.isEmpty() ? "" : " nor ");
        }
        if (!names.isEmpty()) {
            text.append(names.size() == 1 ? "name " : "any of the names ")
                    .append(names.stream().map(key -> "'" + key.describe() + "'").collect(Collectors.joining(", ")));
        }
        if (reference.identifier() == null && names.isEmpty()) {
            text.append("neither an identification nor a name to look for");
        }
        return text.append("; ").append(fix(reference)).toString();
    }

    private static String fix(PartyReference reference) {
        StringBuilder fix = new StringBuilder("register it");
        if (reference.identifier() != null) {
            fix.append(" with PUT /api/v1/parties/{code}/identifiers/")
                    .append(reference.identifier().scheme()).append('/').append(reference.identifier().value());
        }
        if (!reference.nameLines().isEmpty()) {
            fix.append(reference.identifier() != null ? " or" : "")
                    .append(" with PUT /api/v1/parties/{code}/names {\"name\":\"").append(reference.name()).append('"');
            String address = reference.city() != null ? reference.city() : reference.postcode();
            if (address != null) {
                fix.append(",\"address\":\"").append(address).append('"');
            }
            fix.append('}');
        }
        return fix.append(" (PUT /api/v1/parties/{code} first if the organization is new)").toString();
    }
}
