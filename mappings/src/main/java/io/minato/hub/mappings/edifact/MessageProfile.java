package io.minato.hub.mappings.edifact;

import java.util.List;
import java.util.Set;

/**
 * A message type a reader accepts: its S009 identification and the segment tags its directory
 * defines, so an unknown segment is reported where it is instead of Smooks silently turning the
 * whole message into a {@code BadMessage}. A null version, release and agency accept every
 * version: service and acknowledgement messages (CONTRL, APERAK) keep their few segments across
 * directories, and partners answer in whichever directory they use.
 */
record MessageProfile(String type, String version, String release, String agency, Set<String> segmentTags) {

    /** IFTMBC in UN/EDIFACT D.99B; tags taken from the d99b DFDL schema's IFTMBC type. */
    static final MessageProfile IFTMBC_D99B = new MessageProfile("IFTMBC", "D", "99B", "UN", Set.of(
            "UNH", "UNT", "BGM", "CNT", "COM", "CTA", "DGS", "DIM", "DOC", "DTM", "EQD", "EQN", "FTX", "GDS",
            "GID", "HAN", "LOC", "MEA", "NAD", "PCD", "RFF", "RNG", "TCC", "TDT", "TMD", "TMP", "TPL", "TSR"));

    /** Any version of {@code type}, e.g. CONTRL D:3 and 4:1, APERAK D99B…D16A. */
    static MessageProfile anyVersionOf(String type, Set<String> segmentTags) {
        return new MessageProfile(type, null, null, null, Set.copyOf(segmentTags));
    }

    /** {@code IFTMBC:D:99B}, as error messages name it. */
    String label() {
        return version == null ? type : type + ":" + version + ":" + release;
    }

    /** Whether UNH S009 components (0065, 0052, 0054, 0051, …) identify this profile. */
    boolean matches(List<String> s009) {
        if (s009.size() < 4 || !type.equals(s009.get(0))) {
            return false;
        }
        return version == null || version.equals(s009.get(1)) && release.equals(s009.get(2))
                && agency.equals(s009.get(3));
    }

    /** S009 as messages name it: 0065:0052:0054:0051, without association code. */
    static String typeOf(List<String> s009) {
        return String.join(":", s009.subList(0, Math.min(4, s009.size())));
    }
}
