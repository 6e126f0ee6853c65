package io.minato.hub.mappings.edifact;

import io.minato.hub.mappings.deal.DealKey;
import io.minato.hub.mappings.support.EdiPosition;
import java.util.Optional;
import org.w3c.dom.Element;

/**
 * How a terminal's or carrier's container message finds its deal: by booking (RFF+BN) when the
 * carrier is known, else by B/L (RFF+BM), else by the container itself; each reference is looked
 * up in the subject first and then outwards to the message level. A booking without a carrier is
 * not used as the key, because an export deal is the booking of one carrier and a booking number
 * alone may belong to two.
 *
 * @param key       the deal key
 * @param source    the segment the key was read from
 * @param bookingNo the booking number, if the message names one (even when it is not the key)
 * @param blNo      the B/L number, if the message names one
 */
record SubjectKey(DealKey key, EdiPosition source, String bookingNo, String blNo) {

    /** @return empty when the subject has no booking with carrier, no B/L and no container */
    static Optional<SubjectKey> of(MessageView message, SegmentScope scope, Element subject, String containerNo,
                                   Element containerSegment) {
        Optional<Element> bookingRff = scope.nearest(subject, "RFF", "C506/E1153", "BN");
        Optional<Element> blRff = scope.nearest(subject, "RFF", "C506/E1153", "BM");
        String bookingNo = bookingRff.flatMap(rff -> message.text(rff, "C506/E1154")).orElse(null);
        String blNo = blRff.flatMap(rff -> message.text(rff, "C506/E1154")).orElse(null);
        Optional<String> carrier = carrierCode(message);
        if (bookingNo != null && carrier.isPresent()) {
            return Optional.of(new SubjectKey(new DealKey.Booking(bookingNo, carrier.get()),
                    message.at(bookingRff.get()), bookingNo, blNo));
        }
        if (blNo != null) {
            return Optional.of(new SubjectKey(new DealKey.BillOfLading(blNo, carrier.orElse(null)),
                    message.at(blRff.get()), bookingNo, blNo));
        }
        if (containerNo != null) {
            return Optional.of(new SubjectKey(new DealKey.Container(containerNo), message.at(containerSegment),
                    bookingNo, blNo));
        }
        return Optional.empty();
    }

    /**
     * The carrier: NAD+CA, else NAD+CF (container operator, as SMDG's CODECO and COARRI name the
     * line), else the main carriage's carrier.
     */
    static Optional<String> carrierCode(MessageView message) {
        return message.nad("CA").flatMap(nad -> message.text(nad, "C082/E3039"))
                .or(() -> message.nad("CF").flatMap(nad -> message.text(nad, "C082/E3039")))
                .or(() -> message.mainCarriage().flatMap(tdt -> message.text(tdt, "C040/E3127")));
    }
}
