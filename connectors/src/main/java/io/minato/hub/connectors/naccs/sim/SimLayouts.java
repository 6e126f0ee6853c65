package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The simulator's layouts from one or more locations, comma separated, the first location that
 * has a code wins: the shipped layouts, plus a test's own input layouts for businesses whose
 * official layouts are not there yet.
 */
final class SimLayouts {

    private final List<NaccsLayouts> locations;

    SimLayouts(String locations) {
        this.locations = Arrays.stream(locations.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                .map(NaccsLayouts::at).toList();
    }

    Optional<NaccsLayout> find(String code) {
        return locations.stream().map(location -> location.find(code)).flatMap(Optional::stream).findFirst();
    }

    NaccsLayout require(String code) {
        return find(code).orElseThrow(() -> new IllegalStateException("no layout " + code + " in " + this));
    }

    @Override
    public String toString() {
        return locations.toString();
    }
}
