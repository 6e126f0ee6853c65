package io.minato.hub.app.root;

import io.minato.hub.app.document.SharedFields;
import io.minato.hub.app.event.Actor;
import io.minato.hub.app.security.Caller;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.root.RootSource;
import io.minato.hub.mappings.edifact.SharedFieldSegments;

/** The origins of root values, each naming where in its source a field sits. */
public final class RootOrigins {

    private RootOrigins() {
    }

    /** A person's or a company's system's write through the portal or the API: the document's item. */
    public static RootOrigin user(Caller caller, DocumentType type, SharedFields shared) {
        return new RootOrigin(RootSource.USER, null, caller.name(), caller.companyId(),
                field -> type + " fields" + shared.field(field).pathIn(type).orElseThrow().replace('/', '.'),
                Actor.of(caller));
    }

    /**
     * An inbound EDIFACT message: the message and the segment the field is read from.
     *
     * @param sender     the UNB sender (identification:qualifier)
     * @param messageRef the UNH message reference
     */
    public static RootOrigin edifact(long wireMessageId, String sender, String messageRef) {
        return new RootOrigin(RootSource.EDIFACT, wireMessageId, sender, null,
                field -> "UNH " + messageRef + SharedFieldSegments.of(field).map(segment -> " " + segment).orElse(""),
                null);
    }

    /**
     * A Colins record for a deal whose auto-update is on.
     *
     * @param record the record as users read it, e.g. {@code 船舶動静 ONE HARMONY 012E @ TCT1}
     * @param field  the Colins field each root field is taken from
     */
    public static RootOrigin colins(long wireMessageId, String terminal, String record,
                                    java.util.function.UnaryOperator<String> field, Actor actor) {
        return new RootOrigin(RootSource.COLINS, wireMessageId, "COLINS:" + terminal, null,
                rootField -> record + " · " + field.apply(rootField), actor);
    }

    /**
     * A TradeWaltz request: the request and the item of the document it filled.
     *
     * @param request the request as users read it (id and version)
     */
    public static RootOrigin tradeWaltz(long wireMessageId, String linkageId, String request, DocumentType type,
                                        SharedFields shared, Actor actor) {
        return new RootOrigin(RootSource.TRADEWALTZ, wireMessageId, "TRADEWALTZ:" + linkageId, actor.partyId(),
                field -> request + " · " + type + " fields" + shared.field(field).pathIn(type).orElseThrow().replace('/', '.'),
                actor);
    }
}
