package io.minato.hub.app.inbound;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface EdifactReceiptMapper {

    /**
     * Claims a message key, taking over a receipt older than {@code expiredBefore} (its references
     * may be reused by the sender); 0 when a receipt within the window holds it (the insert waits
     * for a concurrent claimer).
     */
    int claim(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
              @Param("messageRef") String messageRef, @Param("wireMessageId") long wireMessageId,
              @Param("dealId") long dealId, @Param("documentId") Long documentId,
              @Param("expiredBefore") OffsetDateTime expiredBefore);

    /** The receipt of this key if it was received at or after {@code since}. */
    Optional<EdifactReceipt> find(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                                  @Param("messageRef") String messageRef, @Param("since") OffsetDateTime since);

    /**
     * {@link #claim} for several messages of one interchange (same index in each array, no message
     * reference twice).
     *
     * @return how many were claimed: fewer than given when receipts within the window hold some
     */
    int claimAll(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                 @Param("messageRefs") String[] messageRefs, @Param("wireMessageId") long wireMessageId,
                 @Param("dealIds") Long[] dealIds, @Param("documentIds") Long[] documentIds,
                 @Param("expiredBefore") OffsetDateTime expiredBefore);

    /** {@link #find} for several message references of one interchange at once; absent ones are not listed. */
    List<KeyedReceipt> findAll(@Param("sender") String sender, @Param("interchangeRef") String interchangeRef,
                               @Param("messageRefs") String[] messageRefs, @Param("since") OffsetDateTime since);

    /** A receipt and the message reference it is for. */
    record KeyedReceipt(String messageRef, long wireMessageId, long dealId, Long documentId) {

        EdifactReceipt receipt() {
            return new EdifactReceipt(wireMessageId, dealId, documentId);
        }
    }

    /** A message key that was stored, and where. */
    record EdifactReceipt(long wireMessageId, long dealId, Long documentId) {
    }
}
