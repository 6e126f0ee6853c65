package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.edifact.stream.EdifactStreamReader;
import io.minato.hub.mappings.edifact.stream.MessageStream;
import io.minato.hub.mappings.edifact.stream.SegmentValues;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Rewrites a UN/EDIFACT interchange in its normalized form: read with the streaming reader (each
 * message's DOM is the model), written back through the same StAEDI path as every interchange the
 * hub sends. Two interchanges that mean the same to the hub normalize to the same bytes, which is
 * what golden round-trip tests and archive comparisons need.
 *
 * <p>The normalized form:
 * <ul>
 * <li>bytes in the charset UNB declares (UNOY → UTF-8, UNOX → ISO-2022-JP, …), or in the override
 *     the input was read with; no BOM, nothing between segments (no LF/CRLF);</li>
 * <li>UNA always, with the ISO 9735 defaults ({@code UNA:+.? '}, syntax 4 {@code UNA:+.?*'}),
 *     whatever the input's UNA said: as the hub's writer does, so no reader has to guess;</li>
 * <li>the release character {@code ?} before every service character in a value, and nowhere
 *     else ({@code B?/L} becomes {@code B/L});</li>
 * <li>trailing empty elements and components left out; numbers (elements the directory's DFDL
 *     schema types as decimal) as the reader reads them: decimal mark {@code .} whatever UNA declared
 *     (ISO 9735 lets a receiver take either, and the UNA written declares {@code .}), no leading or
 *     trailing zeros ({@code 0012,50} → {@code 12.5}), except where the service segment's format
 *     wants digits (UNB time {@code 0830}). Values the schema types as text stay as sent, a decimal
 *     comma included: measurement values (6314) are numeric in D95B but alphanumeric from D99B on;</li>
 * <li>everything else as sent: UNB, UNG, UNH and UNT values, references and counts are copied, not
 *     renumbered; what the reader's DOM does not keep (an empty repetition between two filled ones
 *     of a repeating component) is not written.</li>
 * </ul>
 * Syntax versions 2, 3 and 4 (those StAEDI has control schemas for). Thread-safe
 * when the reader is; each call normalizes one interchange.
 */
public final class InterchangeNormalizer {

    private final EdifactStreamReader reader;

    public InterchangeNormalizer(EdifactStreamReader reader) {
        this.reader = reader;
    }

    /** The interchange in normalized form, in the charset its UNB declares. */
    public byte[] normalize(byte[] interchange) {
        return normalize(interchange, null);
    }

    /** As {@link #normalize(byte[])}, read and written in {@code charsetOverride} (null: the one UNB declares). */
    public byte[] normalize(byte[] interchange, Charset charsetOverride) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(interchange.length);
        normalize(new ByteArrayInputStream(interchange), charsetOverride, out);
        return out.toByteArray();
    }

    /**
     * Streams: one message's DOM at a time is held. On a syntax error the output holds a partial
     * interchange the caller discards.
     *
     * @throws io.minato.hub.mappings.support.EdiSyntaxException when the reader rejects the input
     * @throws InterchangeWriteException                          when StAEDI's envelope rules reject what was read
     */
    public void normalize(InputStream in, Charset charsetOverride, OutputStream out) {
        try (MessageStream messages = reader.open(in, charsetOverride)) {
            InterchangeHeader header = messages.header();
            int version = syntaxVersion(header);
            Charset charset = charsetOverride != null ? charsetOverride : Charset.forName(header.charsetName());
            StaediSegments segments = new StaediSegments(out, charset, header.syntaxIdentifier(), version);
            segments.serviceStringAdvice();
            // the UNA written reserves the repetition position under syntax 3: repeats become element positions
            messages.replay(version >= 4, values -> segments.segment(values.tag(), dataElements(values)));
            segments.finish();
        }
    }

    private static int syntaxVersion(InterchangeHeader header) {
        if (!header.syntaxVersion().matches("[234]")) {
            throw new IllegalArgumentException("interchange " + header.controlReference() + " is syntax version "
                    + header.syntaxVersion() + "; only 2, 3 and 4 are written");
        }
        return Integer.parseInt(header.syntaxVersion());
    }

    private static List<DataElement> dataElements(SegmentValues segment) {
        List<DataElement> elements = new ArrayList<>(segment.elements().size());
        for (SegmentValues.Value value : segment.elements()) {
            List<List<String>> repetitions = value.repetitions();
            if (repetitions.isEmpty()) {
                elements.add(DataElement.empty());
            } else if (repetitions.size() == 1) {
                elements.add(dataElement(repetitions.get(0)));
            } else {
                elements.add(DataElement.repeated(repetitions.stream().map(InterchangeNormalizer::dataElement).toList()));
            }
        }
        return elements;
    }

    /** One component is written as a simple element: a composite's first component reads the same. */
    private static DataElement dataElement(List<String> components) {
        return components.size() <= 1 ? DataElement.simple(components.isEmpty() ? null : components.get(0))
                : DataElement.composite(components.toArray(String[]::new));
    }
}
