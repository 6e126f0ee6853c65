package io.minato.hub.mappings.party;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which parties an inbound message makes participants of its deal (取引の参加者), and when a party
 * the hub does not know stops the message.
 *
 * <p>Only participants see a deal, so a deal must get at least one participant who is a hub
 * organization in a <em>customer role</em>: on an export deal BA booking party, FW forwarder or CZ
 * shipper; on an import deal CN consignee, NI notify party or FW forwarder. So:
 * <ul>
 *   <li>every party the message names that resolves becomes a participant in its role (the
 *       carrier, CA, included);</li>
 *   <li>if the message names parties in customer roles and none of them resolves, the message is
 *       rejected with an {@link UnknownPartyException} for the first of them in the order above
 *       (BA before FW before CZ; CN before NI before FW): the partner is told by APERAK, the hub's
 *       operator registers the party and re-processes the message;</li>
 *   <li>a party in any other role that does not resolve (a consignee abroad on an export booking,
 *       a carrier not registered yet) stays as text on the document and is never an error;</li>
 *   <li>a message naming no customer-role party at all (a carrier's COPARN usually names only
 *       itself) is accepted: there is nobody to look up, and rejecting it would lose the carrier's
 *       data while fixing nothing. Its deal gets its customer from the booking's other messages
 *       or from a person.</li>
 * </ul>
 * The rule holds per message, not per deal: a message whose customers are all unknown is rejected
 * even if an earlier message already brought a known one, so a typo in a partner's party data
 * is caught where it happens.
 */
public final class ParticipantRule {

    /** A deal's direction, as {@code deals.direction} writes it. */
    public enum Direction {
        EXPORT, IMPORT
    }

    private static final Map<Direction, List<String>> CUSTOMER_ROLES = Map.of(
            Direction.EXPORT, List.of("BA", "FW", "CZ"),
            Direction.IMPORT, List.of("CN", "NI", "FW"));

    /**
     * One party a message names with what the party table made of it.
     *
     * @param party the organization, or null when the reference did not resolve
     */
    public record Lookup(PartyReference reference, ResolvedParty party) {

        public Lookup {
            if (reference == null) {
                throw new IllegalArgumentException("a lookup needs the reference looked up");
            }
        }
    }

    private ParticipantRule() {
    }

    /** The 3035 roles of the deal's customers, in the order an unknown one is reported. */
    public static List<String> customerRoles(Direction direction) {
        return CUSTOMER_ROLES.get(direction);
    }

    /**
     * The participants a message adds to its deal: every resolved party in its role, once per
     * role and party.
     *
     * @throws UnknownPartyException for the first customer-role party when the message names
     *                               customers and none of them resolved
     */
    public static List<ResolvedParticipant> participants(Direction direction, List<Lookup> lookups) {
        List<String> customerRoles = customerRoles(direction);
        List<Lookup> customers = lookups.stream().filter(lookup -> customerRoles.contains(lookup.reference().role())).toList();
        if (!customers.isEmpty() && customers.stream().allMatch(lookup -> lookup.party() == null)) {
            // min keeps the first of equals: among NADs of one role the message's order decides
            Lookup first = customers.stream()
                    .min(Comparator.comparingInt(lookup -> customerRoles.indexOf(lookup.reference().role())))
                    .orElseThrow();
            throw new UnknownPartyException(first.reference());
        }
        List<ResolvedParticipant> participants = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Lookup lookup : lookups) {
            if (lookup.party() != null && seen.add(lookup.reference().role() + " " + lookup.party().id())) {
                participants.add(new ResolvedParticipant(lookup.reference().role(), lookup.party()));
            }
        }
        return participants;
    }
}
