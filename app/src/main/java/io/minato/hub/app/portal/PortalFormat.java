package io.minato.hub.app.portal;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/** Times as the portal's templates show them ({@code ${@portalFormat.time(x)}}): Japan time, to the minute. */
@Component
class PortalFormat {

    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String time(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(JAPAN).format(MINUTES);
    }
}
