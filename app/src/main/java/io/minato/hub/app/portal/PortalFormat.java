package io.minato.hub.app.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Times (Japan time, to the minute) and sizes as the portal's templates show them ({@code ${@portalFormat.time(x)}}). */
@Component
class PortalFormat {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(JAPAN).format(MINUTES);
    }

    /** A file size as people read it: 10 MB, 12.3 KB, 512 B. */
    public static String size(long bytes) {
        long kilobyte = 1024;
        long megabyte = kilobyte * kilobyte;
        if (bytes >= megabyte) {
            return bytes % megabyte == 0 ? bytes / megabyte + " MB"
                    : String.format(Locale.ROOT, "%.1f MB", bytes / (double) megabyte);
        }
        if (bytes >= kilobyte) {
            return String.format(Locale.ROOT, "%.1f KB", bytes / (double) kilobyte);
        }
        return bytes + " B";
    }
}
