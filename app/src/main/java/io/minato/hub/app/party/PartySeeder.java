package io.minato.hub.app.party;

import io.minato.hub.app.party.PartySeed.SeededName;
import io.minato.hub.app.party.PartySeed.SeededParty;
import io.minato.hub.mappings.party.PartyIdentifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes configured parties the database does not know yet, with their identifiers and names. A
 * party already there is left alone, so an identifier deleted through the API stays deleted.
 */
@Component
class PartySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartySeeder.class);

    private final PartySeed seed;
    private final PartyMapper mapper;
    private final PartyRegister register;

    PartySeeder(PartySeed seed, PartyMapper mapper, PartyRegister register) {
        this.seed = seed;
        this.mapper = mapper;
        this.register = register;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        for (SeededParty seeded : seed.parties()) {
            if (mapper.insertIfAbsent(seeded.code(), seeded.name(), seeded.businessTypes()) == 0) {
                continue;
            }
            PartyRow party = mapper.find(seeded.code()).orElseThrow();
            for (PartyIdentifier identifier : seeded.identifiers()) {
                refuseConflict(seeded, identifier.describe(), register.addIdentifier(party, identifier));
            }
            for (SeededName name : seeded.names()) {
                refuseConflict(seeded, "name '" + name.name() + "'", register.addName(party, name.name(), name.address()));
            }
            log.info("party {} ({}) registered from configuration", seeded.code(), seeded.name());
        }
    }

    /** Two parties of the file claiming one identifier is a mistake in the file: say so at start-up. */
    private static void refuseConflict(SeededParty seeded, String what, PartyRegister.Outcome outcome) {
        if (outcome.heldBy() != null) {
            throw new IllegalStateException("config/parties/parties.yml: " + what + " of party " + seeded.code()
                    + " already belongs to party " + outcome.heldBy());
        }
    }
}
