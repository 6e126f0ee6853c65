package io.minato.hub.app.inbound;

import java.time.OffsetDateTime;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EdifactReceiptMapper {

    /** Claims a message key; 0 when it was claimed before (the insert waits for a concurrent claimer). */
    int claim(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
              @Param("messageRef") String messageRef, @Param("wireMessageId") long wireMessageId,
              @Param("dealId") long dealId, @Param("documentId") Long documentId);

    /** The receipt of this key if it was received at or after {@code since}. */
    Optional<EdifactReceipt> find(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                                  @Param("messageRef") String messageRef, @Param("since") OffsetDateTime since);

    /** Forgets a receipt older than {@code before}: its references may now be reused by the sender. */
    void expire(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                @Param("messageRef") String messageRef, @Param("before") OffsetDateTime before);

    /** A message key that was stored, and where. */
    record EdifactReceipt(long wireMessageId, long dealId, Long documentId) {
    }
}
