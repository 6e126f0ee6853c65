package io.minato.hub.mappings.edifact.stream;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
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
        return open(in, null);
    }

    /**
     * As {@link #open(InputStream)}, decoding with {@code charsetOverride} (a partner-profile
     * setting, when the sender's bytes are not in the charset its UNB declares); null to trust UNB.
     */
    public MessageStream open(InputStream in, Charset charsetOverride) {
        return new MessageStream(InterchangeInput.ofBytes(in, charsetOverride), structures);
    }

    /**
     * Opens an interchange someone has decoded already; {@code charset} (null: the one UNB
     * declares) is what it was decoded from, so that positions can name byte offsets.
     */
    public MessageStream open(Reader decoded, Charset charset) {
        return new MessageStream(InterchangeInput.ofCharacters(decoded, charset), structures);
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
