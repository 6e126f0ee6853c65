package io.minato.hub.mappings.edifact.write;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * What the UNB of an interchange the hub sends says. The bytes are written in the charset the
 * syntax identifier implies (UNOC → ISO-8859-1, UNOY → UTF-8, UNOX → ISO-2022-JP, …), exactly as
 * the hub reads it on receipt.
 *
 * @param syntaxIdentifier         0001, e.g. {@code UNOC}, {@code UNOY}, {@code UNOX}
 * @param syntaxVersion            0002, 3 or 4; decides the date format in S004 (YYMMDD or CCYYMMDD)
 * @param senderId                 0004 of S002, the hub's identification towards this partner
 * @param senderQualifier          0007 of S002, or null
 * @param recipientId              0010 of S003
 * @param recipientQualifier       0007 of S003, or null
 * @param controlReference         0020 interchange control reference, from the hub's control-number store
 * @param preparedAt               S004 date and time of preparation
 * @param test                     0035 test indicator: {@code 1} when true
 * @param acknowledgementRequested 0031: {@code 1} when true (the partner shall answer with CONTRL)
 */
public record OutboundEnvelope(String syntaxIdentifier, int syntaxVersion, String senderId, String senderQualifier,
                               String recipientId, String recipientQualifier, long controlReference,
                               LocalDateTime preparedAt, boolean test, boolean acknowledgementRequested) {

    /** 0020 is an..14; the store hands out positive numbers. */
    private static final long MAX_CONTROL_REFERENCE = 99_999_999_999_999L;

    public OutboundEnvelope {
        Objects.requireNonNull(syntaxIdentifier, "syntaxIdentifier");
        Objects.requireNonNull(preparedAt, "preparedAt");
        if (syntaxVersion != 3 && syntaxVersion != 4) {
            throw new IllegalArgumentException("syntax version " + syntaxVersion + " is not written (3 or 4)");
        }
        requireId(senderId, "senderId");
        requireId(recipientId, "recipientId");
        if (controlReference < 1 || controlReference > MAX_CONTROL_REFERENCE) {
            throw new IllegalArgumentException("control reference " + controlReference + " is not 1…14 digits");
        }
        charsetFor(syntaxIdentifier);
    }

    /**
     * The envelope of an answer (CONTRL, APERAK) to a received interchange: same syntax identifier
     * and version, sender and recipient swapped, no acknowledgement requested (a CONTRL is never
     * acknowledged), not a test.
     */
    public static OutboundEnvelope answering(InterchangeHeader received, long controlReference, LocalDateTime preparedAt) {
        if (!"3".equals(received.syntaxVersion()) && !"4".equals(received.syntaxVersion())) {
            throw new IllegalArgumentException("cannot answer syntax version " + received.syntaxVersion() + " (3 or 4)");
        }
        return new OutboundEnvelope(received.syntaxIdentifier(), Integer.parseInt(received.syntaxVersion()),
                received.recipientId(), received.recipientQualifier(), received.senderId(), received.senderQualifier(),
                controlReference, preparedAt, false, false);
    }

    /** The charset the written bytes are in. */
    public Charset charset() {
        return charsetFor(syntaxIdentifier);
    }

    /**
     * The hub's one table of syntax identifiers lives package-private in {@code mappings.edifact}
     * ({@code SyntaxCharsets}); rather than copy it, ask its public user, the envelope inspector,
     * about a minimal UNB carrying the identifier. Cheap: a 40-byte peek.
     */
    static Charset charsetFor(String syntaxIdentifier) {
        byte[] probe = ("UNB+" + syntaxIdentifier + ":4+S+R+20000101:0000+1'").getBytes(StandardCharsets.US_ASCII);
        String name = EnvelopeInspector.inspect(probe).map(InterchangeHeader::charsetName).orElse(null);
        if (name == null) {
            throw new IllegalArgumentException("syntax identifier " + syntaxIdentifier + " has no known charset");
        }
        return Charset.forName(name);
    }

    private static void requireId(String id, String name) {
        if (id == null || id.isBlank() || id.length() > 35) {
            throw new IllegalArgumentException(name + " '" + id + "' is not 1…35 characters");
        }
    }
}
