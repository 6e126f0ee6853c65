package io.minato.hub.app.party;

import io.minato.hub.mappings.party.NameKey;
import io.minato.hub.mappings.party.PartyIdentifier;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds identifiers and names to parties, for the API and the seed alike. An identifier or a name
 * key names exactly one party: registering one that another party holds is refused, never moved
 * silently, because messages already resolved would then mean someone else.
 */
@Component
class PartyRegister {

    /**
     * What registering did.
     *
     * @param added  true when it was new
     * @param heldBy the code of another party that holds it, null when none does
     */
    record Outcome(boolean added, String heldBy) {

        static final Outcome ADDED = new Outcome(true, null);
        static final Outcome ALREADY_THERE = new Outcome(false, null);
    }

    private final PartyMapper mapper;

    PartyRegister(PartyMapper mapper) {
        this.mapper = mapper;
    }

    @Transactional
    Outcome addIdentifier(PartyRow party, PartyIdentifier identifier) {
        if (mapper.insertIdentifier(party.id(), identifier.scheme(), identifier.value()) == 1) {
            return Outcome.ADDED;
        }
        return holder(party, mapper.findByIdentifier(identifier.scheme(), identifier.value()));
    }

    /**
     * @param name    as a person or the seed wrote it
     * @param address city or postcode as written, or null for "anywhere"
     */
    @Transactional
    Outcome addName(PartyRow party, String name, String address) {
        NameKey key = NameKey.of(name, address);
        String writtenAddress = address == null || address.isBlank() ? null : address.strip();
        if (mapper.insertName(party.id(), name.strip(), writtenAddress, key.name(), key.address()) == 1) {
            return Outcome.ADDED;
        }
        return holder(party, mapper.findByNameKey(key.name(), key.address()));
    }

    private static Outcome holder(PartyRow party, Optional<PartyRow> holder) {
        // a conflicting row deleted between the insert and this read is gone: nothing holds it now
        String code = holder.map(PartyRow::code).orElseThrow(() -> new IllegalStateException(
                "the identifier or name was removed while " + party.code() + " registered it; try again"));
        return code.equals(party.code()) ? Outcome.ALREADY_THERE : new Outcome(false, code);
    }
}
