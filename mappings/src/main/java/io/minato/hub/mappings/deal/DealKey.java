package io.minato.hub.mappings.deal;

/**
 * How an inbound message finds its deal. Export deals are keyed by booking number + carrier,
 * import deals by B/L number (+ carrier where known); a terminal's container message often names
 * only the container, which finds the deal that carries it.
 */
public sealed interface DealKey {

    /** How error messages and APERAKs name the key. */
    String describe();

    /** Export deal: booking number (ブッキング番号) + carrier SCAC. */
    record Booking(String bookingNo, String carrierCode) implements DealKey {
        @Override
        public String describe() {
            return "booking " + bookingNo + (carrierCode == null ? "" : " of carrier " + carrierCode);
        }
    }

    /** Import deal: B/L number, carrier if the message names it. */
    record BillOfLading(String blNo, String carrierCode) implements DealKey {
        @Override
        public String describe() {
            return "B/L " + blNo + (carrierCode == null ? "" : " of carrier " + carrierCode);
        }
    }

    /** Whichever deal carries this container (ISO 6346 number), most recent first. */
    record Container(String containerNo) implements DealKey {
        @Override
        public String describe() {
            return "container " + containerNo;
        }
    }
}
