package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.booking.BookingConfirmation;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads IFTMBC interchanges (booking confirmations, as carriers send them through INTTRA) into
 * UL050 {@link BookingConfirmation}s: an {@link EdifactReader} that knows only IFTMBC, for tests
 * and benchmarks that look at the confirmation itself rather than at the deal update.
 */
public final class IftmbcReader implements AutoCloseable {

    private final IftmbcMapper mapper = new IftmbcMapper();
    private final EdifactReader reader = new EdifactReader(List.of(mapper));

    public void warmUp() {
        reader.warmUp();
    }

    public Interchange<BookingConfirmation> read(byte[] raw) {
        return read(raw, null);
    }

    /** @param charsetOverride the charset the sender's bytes are really in (partner profile); null to trust UNB */
    public Interchange<BookingConfirmation> read(byte[] raw, Charset charsetOverride) {
        EdifactReader.Parsed parsed = reader.parse(raw, charsetOverride);
        List<EdifactMessage<BookingConfirmation>> read = new ArrayList<>(parsed.messages().size());
        for (EdifactMessage<MessageView> message : parsed.messages()) {
            MessageView view = message.document();
            read.add(new EdifactMessage<>(message.messageRef(), message.messageType(), message.firstSegmentOrdinal(),
                    mapper.map(view.body(), view.segments(), view.decimalMark())));
        }
        return new Interchange<>(parsed.header(), read);
    }

    @Override
    public void close() {
        reader.close();
    }
}
