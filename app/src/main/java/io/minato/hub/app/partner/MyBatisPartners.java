package io.minato.hub.app.partner;

import io.minato.hub.mappings.partner.ControlNumbers;
import io.minato.hub.mappings.partner.PartnerChannel;
import io.minato.hub.mappings.partner.PartnerDirectory;
import io.minato.hub.mappings.partner.PartnerProfile;
import io.minato.hub.mappings.wire.WireDirection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Partner profiles and control numbers on PostgreSQL. */
@Component
class MyBatisPartners implements PartnerDirectory, ControlNumbers {

    private final PartnerMapper mapper;

    MyBatisPartners(PartnerMapper mapper) {
        this.mapper = mapper;
    }

    @Override
    public Optional<PartnerProfile> findByEdiId(String ediId, String qualifier) {
        if (ediId == null) {
            return Optional.empty();
        }
        List<PartnerProfile> candidates = mapper.findByEdiId(ediId);
        String wanted = qualifier == null ? "" : qualifier;
        return candidates.stream().filter(partner -> partner.ediQualifier().equals(wanted)).findFirst()
                .or(() -> candidates.stream().filter(partner -> partner.ediQualifier().isEmpty()).findFirst());
    }

    @Override
    public Optional<PartnerProfile> findByCode(String code) {
        return code == null ? Optional.empty() : mapper.find(code);
    }

    @Override
    public List<PartnerProfile> findByChannel(PartnerChannel channel) {
        return mapper.findByChannel(channel.name());
    }

    /** One statement: the upsert's row lock makes concurrent callers, in any instance, take turns. */
    @Override
    public long next(String partnerCode, WireDirection direction, boolean test) {
        return mapper.nextControlNumber(partnerCode, direction.name(), test);
    }
}
