package io.minato.hub.routes.colins;

import io.minato.hub.mappings.colins.ColinsDealUpdates;
import io.minato.hub.mappings.colins.ColinsPage;
import io.minato.hub.mappings.colins.ColinsPageReader;
import io.minato.hub.mappings.colins.ColinsRecord;
import io.minato.hub.mappings.colins.ColinsSource;
import io.minato.hub.mappings.colins.ColinsStore;
import io.minato.hub.mappings.colins.ColinsTerminals;
import io.minato.hub.mappings.support.MappingException;
import io.minato.hub.mappings.wire.WireMessage;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Takes one archived Colins page: reads its records, passes on those of consenting terminals (stored
 * once per version; the latest version of a record updates the deals following it), drops and counts
 * those of terminals that did not consent. Records that cannot be read, or whose terminal the consent
 * list does not know, are named in the reason the page is REJECTED with; the others are taken all the
 * same, and re-processing the page after the fix takes the rest without doing anything twice.
 */
@Component
class ColinsPageProcessor {

    private static final Logger log = LoggerFactory.getLogger(ColinsPageProcessor.class);

    private final WireMessageStore wireMessages;
    private final ColinsStore store;
    private final ColinsDealUpdates dealUpdates;
    private final ColinsConsent consent;

    ColinsPageProcessor(WireMessageStore wireMessages, ColinsStore store, ColinsDealUpdates dealUpdates,
                        ColinsConsent consent) {
        this.wireMessages = wireMessages;
        this.store = store;
        this.dealUpdates = dealUpdates;
        this.consent = consent;
    }

    public void process(@Header(WireHeaders.WIRE_MESSAGE_ID) long wireMessageId) {
        WireMessage wire = wireMessages.startAttempt(wireMessageId);
        ColinsPage page = ColinsPageReader.read(raw(wire));
        ColinsTerminals terminals = consent.current();
        PageTally tally = new PageTally(page.size());
        List<String> problems = new ArrayList<>(page.problems());
        int notTaken = page.unreadable();
        for (ColinsRecord record : page.records()) {
            switch (terminals.consent(record.terminalCode())) {
                case CONSENTED -> take(record, wireMessageId, tally);
                case NOT_CONSENTED -> tally.dropped(record.terminalCode());
                case UNKNOWN -> {
                    notTaken++;
                    problems.add(record.dataSet() + " " + record.describe() + ": terminal '" + record.terminalCode()
                            + "' is not in the consent list " + terminals.location()
                            + "; add it with consent: true or false, then re-process this message");
                }
            }
        }
        tally.droppedByTerminal().forEach((terminal, count) -> {
            store.countDropped(terminal, count);
            log.info("Colins: dropped {} record(s) of terminal {} from wire message {}: the terminal has not consented"
                    + " to the reuse of its data ({})", count, terminal, wireMessageId, terminals.location());
        });
        wireMessages.addCorrelation(wireMessageId, tally.correlation(notTaken));
        if (notTaken > 0) {
            throw new MappingException(null, notTaken + " of " + tally.total() + " Colins record(s) not taken"
                    + " (the others were): " + String.join("; ", problems));
        }
        wireMessages.markProcessed(wireMessageId, null, null);
        log.info("Colins page {} processed: {}", wireMessageId, tally);
    }

    private void take(ColinsRecord record, long wireMessageId, PageTally tally) {
        ColinsStore.StoredVersion version = store.save(record, wireMessageId);
        tally.stored(version.inserted());
        // a version older than one already stored (pages re-processed out of order) changes no deal
        if (!version.latest()) {
            return;
        }
        for (ColinsStore.DealMatch match : store.dealsFollowing(record)) {
            if (dealUpdates.apply(match.dealId(), record.dealFields(),
                    ColinsSource.of(record, version.id(), wireMessageId, match.matchedBy()))) {
                tally.dealUpdated();
            }
        }
    }

    private byte[] raw(WireMessage wire) {
        if (wire.rawComplete()) {
            return wire.raw();
        }
        try (InputStream in = wireMessages.openRaw(wire.id())) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("wire message " + wire.id() + " cannot be read from the archive", e);
        }
    }
}
