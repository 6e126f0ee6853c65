package io.minato.hub.mappings.edifact.stream;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Streaming UN/EDIFACT reader: hands out each UNH…UNT message of an interchange as a DOM shaped
 * like the Smooks EDIFACT cartridge's DFDL infoset (same names, nesting, empty-element and
 * repetition handling), without Daffodil. Message structures come from the same DFDL schemas,
 * per directory and message type as UNH names them ({@link EdifactStructures}). Thread-safe and
 * meant to be shared; each call reads one interchange on the calling thread.
 */
public final class EdifactStreamReader {

    private final EdifactStructures structures;

    public EdifactStreamReader() {
        this(new EdifactStructures());
    }

    public EdifactStreamReader(EdifactStructures structures) {
        this.structures = structures;
    }

    public EdifactStructures structures() {
        return structures;
    }

    /** Opens an interchange (reads UNA and UNB now); close it, which closes {@code in}. */
    public MessageStream open(InputStream in) {
        return new MessageStream(in, structures);
    }

    /** Reads every message, one at a time, handing each to {@code each} before reading the next. */
    public void read(InputStream in, Consumer<StreamedMessage> each) {
        try (MessageStream messages = open(in)) {
            messages.forEachRemaining(each);
        }
    }

    /** Convenience for small interchanges already in memory. */
    public List<StreamedMessage> readAll(byte[] raw) {
        List<StreamedMessage> messages = new ArrayList<>();
        read(new ByteArrayInputStream(raw), messages::add);
        return messages;
    }
}
