package io.minato.hub.app.booking;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EdifactReceiptMapper {

    /** Claims a message key; 0 when it was claimed before (the insert waits for a concurrent claimer). */
    int claim(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
              @Param("messageRef") String messageRef, @Param("wireMessageId") long wireMessageId,
              @Param("dealId") long dealId, @Param("documentId") long documentId);

    Optional<EdifactReceipt> find(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                                  @Param("messageRef") String messageRef);

    /** A message key that was stored, and where. */
    record EdifactReceipt(long wireMessageId, long dealId, long documentId) {
    }
}
