package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealUpdate;
import java.util.List;

/**
 * Maps one inbound message type (IFTMBC, IFTMAN, CODECO, …) to what it does to deals. A pure
 * function of the message; implementations are stateless and shared by concurrent readers. They
 * navigate the message through {@link MessageView}, by segment tags and qualifiers rather than
 * segment-group numbers, so one mapper reads every directory (group numbers differ between
 * D.95B and D.16A; tags and qualifiers do not).
 */
public interface InboundMapper {

    /** UNH 0065, e.g. {@code IFTMAN}. */
    String messageType();

    /**
     * @return one update per deal the message concerns, never empty
     * @throws io.minato.hub.mappings.support.MappingException naming the segment when business data is missing or wrong
     */
    List<DealUpdate> map(MessageView message);
}
