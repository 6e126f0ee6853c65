package io.minato.hub.routes.edifact;

import io.minato.hub.mappings.edifact.EnvelopeInspector;
import io.minato.hub.mappings.edifact.InterchangeHeader;
import io.minato.hub.mappings.wire.Channel;
import io.minato.hub.mappings.wire.NewWireMessage;
import io.minato.hub.mappings.wire.WireDirection;
import io.minato.hub.mappings.wire.WireMessageStore;
import io.minato.hub.routes.support.WireHeaders;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
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
    /** EnvelopeInspector reads UNA and UNB from at most this much. */
    private static final int HEAD_BYTES = 4096;

    private final WireMessageStore store;

    EdifactArchiver(WireMessageStore store) {
        this.store = store;
    }

    /**
     * A file from the inbox, streamed into the archive as it is read: a 100 MB interchange never
     * sits in the heap whole, here or later ({@code startAttempt} gives large ones by their head).
     */
    public long archive(@Body File file, @Header(Exchange.FILE_NAME_ONLY) String fileName) {
        byte[] head = head(file);
        try (InputStream raw = Files.newInputStream(file.toPath())) {
            long size = file.length();
            NewWireMessage message = newMessage(head, fileName, Channel.EDIFACT_FILE, null);
            long id = store.archive(message, raw, size);
            log.info("received {} ({} bytes, {}) from {} as wire message {}", fileName, size, Channel.EDIFACT_FILE,
                    message.partner(), id);
            return id;
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + file + " into the archive", e);
        }
    }

    /** As {@link #archive}, also saying whose SFTP server the file was fetched from. */
    public long archiveFromSftp(@Body byte[] raw, @Header(Exchange.FILE_NAME_ONLY) String fileName,
                                @Header(WireHeaders.PARTNER_CODE) String partnerCode) {
        return store(raw, fileName, Channel.EDIFACT_SFTP, partnerCode);
    }

    private long store(byte[] raw, String fileName, Channel channel, String channelPartner) {
        NewWireMessage message = newMessage(raw, fileName, channel, channelPartner);
        long id = store.archive(new NewWireMessage(message.channel(), message.direction(), message.partner(),
                message.contentType(), fileName, raw, message.correlation()));
        log.info("received {} ({} bytes, {}) from {} as wire message {}", fileName, raw.length, channel, message.partner(), id);
        return id;
    }

    /** What UNB says, read from the first bytes: enough for UNA, UNB and more. */
    private static NewWireMessage newMessage(byte[] head, String fileName, Channel channel, String channelPartner) {
        Optional<InterchangeHeader> header = EnvelopeInspector.inspect(head);
        Map<String, String> correlation = new HashMap<>();
        header.ifPresent(unb -> {
            putIfPresent(correlation, "interchangeRef", unb.controlReference());
            putIfPresent(correlation, "senderQualifier", unb.senderQualifier());
            putIfPresent(correlation, "recipient", unb.recipientId());
            putIfPresent(correlation, "syntax", unb.syntaxIdentifier());
        });
        putIfPresent(correlation, "channelPartner", channelPartner);
        String partner = header.map(InterchangeHeader::senderId).orElse(null);
        return new NewWireMessage(channel, WireDirection.IN, partner, "application/EDIFACT", fileName, null, correlation);
    }

    private static byte[] head(File file) {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException("reading the head of " + file, e);
        }
    }

    private static void putIfPresent(Map<String, String> map, String key, String value) {
        if (value != null && !value.isBlank()) {
            map.put(key, value);
        }
    }
}
