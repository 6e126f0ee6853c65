package io.minato.hub.app.usage;

import io.minato.hub.mappings.usage.UsageChannel;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code minato.usage}: which companies operate a linked system (連携システム: Colins, NACCS,
 * TradeWaltz), whose use within the linked functions the fee rules do not bill.
 *
 * @param linkedSystemOperators per linked system, the codes of the companies operating it
 */
@ConfigurationProperties("minato.usage")
public record UsageSettings(Map<UsageChannel, List<String>> linkedSystemOperators) {

    public UsageSettings {
        linkedSystemOperators = linkedSystemOperators == null ? Map.of() : Map.copyOf(linkedSystemOperators);
    }
}
