package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.Header;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Archives a received interchange exactly as it came, with what its UNB says if it says anything. */
@Component
class EdifactArchiver {

    private static final Logger log = LoggerFactory.getLogger(EdifactArchiver.class);

    private final WireMessageStore store;

    EdifactArchiver(WireMessageStore store) {
        this.store = store;
    }

    public long archive(@Body byte[] raw, @Header(Exchange.FILE_NAME_ONLY) String fileName) {
        return store(raw, fileName, Channel.EDIFACT_FILE, null);
    }

    /** As {@link #archive}, also saying whose SFTP server the file was fetched from. */
    public long archiveFromSftp(@Body byte[] raw, @Header(Exchange.FILE_NAME_ONLY) String fileName,
                                @Header(WireHeaders.PARTNER_CODE) String partnerCode) {
        return store(raw, fileName, Channel.EDIFACT_SFTP, partnerCode);
    }

    private long store(byte[] raw, String fileName, Channel channel, String channelPartner) {
        Optional<InterchangeHeader> header = EnvelopeInspector.inspect(raw);
        Map<String, String> correlation = new HashMap<>();
        header.ifPresent(unb -> {
            putIfPresent(correlation, "interchangeRef", unb.controlReference());
            putIfPresent(correlation, "senderQualifier", unb.senderQualifier());
            putIfPresent(correlation, "recipient", unb.recipientId());
            putIfPresent(correlation, "syntax", unb.syntaxIdentifier());
        });
        putIfPresent(correlation, "channelPartner", channelPartner);
        String partner = header.map(InterchangeHeader::senderId).orElse(null);
        long id = store.archive(new NewWireMessage(channel, WireDirection.IN, partner,
                "application/EDIFACT", fileName, raw, correlation));
        log.info("received {} ({} bytes, {}) from {} as wire message {}", fileName, raw.length, channel, partner, id);
        return id;
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
