package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.document.Party;
import io.minato.hub.mappings.edifact.write.InterchangeWriteException;
import io.minato.hub.mappings.edifact.write.MessageBody;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Segments every transport message shares (DTM, LOC, NAD, FTX, MEA), written the way the INTTRA
 * and SMDG guides do. Values longer than their data element are split over the repeats the
 * segment has and refused when even those are too few: a carrier's translator would cut them.
 */
final class MessageParts {

    /** UN/ECE Rec. 16 locations: 3055 = 6 (UN/ECE), 1131 = 139 (port). */
    private static final String LOCODE_LIST = "139";
    private static final String UNECE = "6";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyyMMdd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmm");
    /**
     * FTX C108: five repeats of 4440 an..512, written 500 at most: StAEDI's writer (1.26) holds one
     * element in a 500-character buffer and overflows beyond it, and an APERAK's unknown-party
     * reason with its fix is that long.
     */
    private static final int FTX_LINE = 500;
    private static final int FTX_LINES = 5;
    /** an..35, the usual length of names, address lines and references. */
    static final int AN35 = 35;

    private MessageParts() {
    }

    /** DTM with format 102 (CCYYMMDD). */
    static void date(MessageBody body, String qualifier, LocalDate date) {
        body.segment("DTM", composite(qualifier, DATE.format(date), "102"));
    }

    /** DTM with format 203 (CCYYMMDDHHMM). */
    static void dateTime(MessageBody body, String qualifier, LocalDateTime dateTime) {
        body.segment("DTM", composite(qualifier, DATE_TIME.format(dateTime), "203"));
    }

    static void location(MessageBody body, String qualifier, String unLocode) {
        body.segment("LOC", simple(qualifier), composite(unLocode, LOCODE_LIST, UNECE));
    }

    /**
     * TDT of the main carriage (8051 = 20, mode 1 = maritime): voyage in 8028, the carrier's SCAC
     * in C040 (172/20 as INTTRA writes it) and the vessel's name in C222 8212.
     */
    static void mainCarriage(MessageBody body, String voyageNo, String carrierCode, String vesselName) {
        body.segment("TDT", simple("20"), simple(voyageNo), simple("1"), empty(),
                carrierCode == null ? empty() : composite(carrierCode, "172", "20"), empty(), empty(),
                vesselName == null ? empty() : composite(null, null, null, vesselName));
    }

    /**
     * NAD with the party's code in C082 (160/86: assigned by the sender), its name in C080 (up to
     * five 35-character parts), its address lines in C059 (up to four) and its country in 3207.
     */
    static void party(MessageBody body, String qualifier, Party party, String field) {
        List<String> name = split(party.name(), AN35, 5, field + ".name");
        List<String> street = new ArrayList<>();
        for (String line : party.address()) {
            street.addAll(split(line, AN35, 4, field + ".address"));
        }
        if (street.size() > 4) {
            throw new InterchangeWriteException(field + ".address: " + street.size() + " lines of 35 characters,"
                    + " NAD C059 holds 4");
        }
        body.segment("NAD", simple(qualifier),
                party.code() == null ? empty() : composite(party.code(), "160", "86"),
                empty(),
                composite(name.toArray(String[]::new)),
                street.isEmpty() ? empty() : composite(street.toArray(String[]::new)),
                empty(), empty(), empty(),
                simple(party.countryCode()));
    }

    /** NAD naming a party by code only, e.g. the carrier by its SCAC. */
    static void partyCode(MessageBody body, String qualifier, String code, String name) {
        body.segment("NAD", simple(qualifier), composite(code, "160", "86"), empty(),
                name == null ? empty() : composite(split(name, AN35, 5, "name").toArray(String[]::new)));
    }

    /** FTX with text in 500-character lines, five per segment, as many segments as needed. */
    static void text(MessageBody body, String qualifier, String text) {
        text(body, qualifier, text, Integer.MAX_VALUE / FTX_LINES);
    }

    /** As {@link #text(MessageBody, String, String)}, where the message allows at most {@code maxSegments} FTX. */
    static void text(MessageBody body, String qualifier, String text, int maxSegments) {
        List<String> lines = split(text, FTX_LINE, maxSegments * FTX_LINES, "FTX " + qualifier);
        for (int from = 0; from < lines.size(); from += FTX_LINES) {
            List<String> part = lines.subList(from, Math.min(lines.size(), from + FTX_LINES));
            body.segment("FTX", simple(qualifier), empty(), empty(), composite(part.toArray(String[]::new)));
        }
    }

    /** MEA with a measured value: {@code MEA+AAE+G+KGM:2400.5}. */
    static void measure(MessageBody body, String purpose, String dimension, String unit, BigDecimal value) {
        body.segment("MEA", simple(purpose), composite(dimension), composite(unit, number(value)));
    }

    /** A decimal as EDIFACT writes it: no exponent, no trailing zeros, '.' as UNA's decimal mark says. */
    static String number(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    /**
     * {@code value} in pieces of at most {@code size} characters (code points, as EDIFACT counts
     * them in UNOY/UNOX), at most {@code max} pieces.
     */
    static List<String> split(String value, int size, int max, String field) {
        int[] codePoints = value.codePoints().toArray();
        List<String> pieces = new ArrayList<>();
        for (int from = 0; from < codePoints.length; from += size) {
            pieces.add(new String(codePoints, from, Math.min(size, codePoints.length - from)));
        }
        if (pieces.size() > max) {
            throw new InterchangeWriteException(field + ": " + codePoints.length + " characters do not fit in "
                    + max + " × " + size);
        }
        return pieces;
    }
}
