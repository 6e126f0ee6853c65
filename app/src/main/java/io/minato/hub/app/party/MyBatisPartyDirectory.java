package io.minato.hub.app.party;

import io.minato.hub.mappings.party.NameKey;
import io.minato.hub.mappings.party.PartyDirectory;
import io.minato.hub.mappings.party.PartyNames;
import io.minato.hub.mappings.party.PartyReference;
import io.minato.hub.mappings.party.ResolvedParty;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The party table on PostgreSQL: identifier first, then name keys, most specific first. */
@Component
class MyBatisPartyDirectory implements PartyDirectory {

    private final PartyMapper mapper;

    MyBatisPartyDirectory(PartyMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<ResolvedParty> resolve(PartyReference reference) {
        if (reference.identifier() != null) {
            Optional<ResolvedParty> byIdentifier = mapper
                    .findByIdentifier(reference.identifier().scheme(), reference.identifier().value())
                    .map(party -> new ResolvedParty(party.id(), party.code(), party.name(),
                            reference.identifier().describe()));
            if (byIdentifier.isPresent()) {
                return byIdentifier;
            }
        }
        List<NameKey> candidates = PartyNames.candidates(reference);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        // one query for every candidate; the candidates' order, not the database's, picks the match
        List<NameMatch> matches = mapper.findByNameKeys(candidates);
        for (NameKey candidate : candidates) {
            for (NameMatch match : matches) {
                if (match.nameKey().equals(candidate.name()) && match.addressKey().equals(candidate.address())) {
                    return Optional.of(new ResolvedParty(match.id(), match.code(), match.name(),
                            "name " + candidate.describe()));
                }
            }
        }
        return Optional.empty();
    }
}
