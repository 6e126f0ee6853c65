package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Outputs the simulator keeps for retrieval with {@code SYG}, per user code: those it could not
 * deliver (the hub's listener was down) and those the behaviour says to hold.
 */
final class HeldOutputs {

    private final Map<String, List<NaccsMessage>> byUserCode = new LinkedHashMap<>();

    synchronized void hold(NaccsMessage output) {
        byUserCode.computeIfAbsent(common(output).userCode(), user -> new ArrayList<>()).add(output);
    }

    /** Output information code → how many are held, in the order first held. */
    synchronized Map<String, Integer> counts(String userCode) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        byUserCode.getOrDefault(userCode, List.of())
                .forEach(output -> counts.merge(common(output).outputInfoCode().strip(), 1, Integer::sum));
        return counts;
    }

    /** Removes and answers the held outputs of one code ({@code ALL}: every one) for the user. */
    synchronized List<NaccsMessage> take(String userCode, String outputInfoCode) {
        List<NaccsMessage> held = byUserCode.getOrDefault(userCode, new ArrayList<>());
        List<NaccsMessage> taken = held.stream().filter(output -> "ALL".equals(outputInfoCode)
                || common(output).outputInfoCode().strip().equals(outputInfoCode)).toList();
        held.removeAll(taken);
        return taken;
    }

    private static OutputCommonPart common(NaccsMessage output) {
        return (OutputCommonPart) output.commonPart();
    }
}
