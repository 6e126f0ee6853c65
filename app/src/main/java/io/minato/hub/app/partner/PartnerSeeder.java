package io.minato.hub.app.partner;

import io.minato.hub.mappings.partner.PartnerProfile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Writes configured partners that the database does not know yet; never overwrites API edits. */
@Component
class PartnerSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PartnerSeeder.class);

    private final PartnerSeed seed;
    private final PartnerMapper mapper;

    PartnerSeeder(PartnerSeed seed, PartnerMapper mapper) {
        this.seed = seed;
        this.mapper = mapper;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (PartnerProfile partner : seed.partners()) {
            if (mapper.insertIfAbsent(partner) == 1) {
                log.info("partner {} ({}) registered from configuration", partner.code(), partner.ediId());
            }
        }
    }
}
