package io.minato.hub.mappings.deal;

import io.minato.hub.mappings.booking.BookingConfirmation;

/** Stores UL050 booking confirmations into export deals. */
public interface BookingConfirmationStore {

    /**
     * Finds the export deal by booking number + carrier, or creates it, and stores the
     * confirmation as its UL050 document (a later confirmation of the same booking is a new
     * version of the same document). Idempotent on {@code key}: a key seen before writes nothing
     * and answers the earlier result with {@code duplicate = true}. One transaction.
     */
    StoredDocument store(BookingConfirmation confirmation, MessageKey key, long wireMessageId);
}
