package io.minato.hub.mappings.edifact;

/**
 * What an interchange's UNB (interchange header) says, as read before any parse.
 *
 * @param syntaxIdentifier   0001, e.g. {@code UNOC}
 * @param syntaxVersion      0002, e.g. {@code 3}
 * @param charsetName        the Java charset the syntax identifier implies (UNOA/UNOB → US-ASCII,
 *                           UNOC → ISO-8859-1, UNOD…UNOK → ISO-8859-2…9, UNOW/UNOY → UTF-8);
 *                           {@code null} when the identifier is unknown
 * @param senderId           0004 interchange sender identification
 * @param senderQualifier    0007 of S002, if sent
 * @param recipientId        0010 interchange recipient identification
 * @param recipientQualifier 0007 of S003, if sent
 * @param controlReference   0020 interchange control reference
 * @param preparedAt         S004 date and time of preparation as sent, {@code date:time} (e.g.
 *                           {@code 240315:0830}); not interpreted, the sender's clock and format
 * @param acknowledgementRequested 0031 = 1: the sender asks for a CONTRL
 * @param test               0035 = 1: a test interchange
 */
public record InterchangeHeader(String syntaxIdentifier, String syntaxVersion, String charsetName,
                                String senderId, String senderQualifier, String recipientId,
                                String recipientQualifier, String controlReference, String preparedAt,
                                boolean acknowledgementRequested, boolean test) {

    /** A header without acknowledgement request and test indicator. */
    public InterchangeHeader(String syntaxIdentifier, String syntaxVersion, String charsetName, String senderId,
                             String senderQualifier, String recipientId, String recipientQualifier,
                             String controlReference, String preparedAt) {
        this(syntaxIdentifier, syntaxVersion, charsetName, senderId, senderQualifier, recipientId, recipientQualifier,
                controlReference, preparedAt, false, false);
    }
}
