package io.minato.hub.app.deal;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
public interface DealMapper {

    /** Inserts an export deal unless one with these keys exists; null when it did. */
    Long insertExportIfAbsent(@Param("bookingNo") String bookingNo, @Param("carrierCode") String carrierCode);

    /** Inserts an import deal unless one with this B/L number exists; null when it did. */
    Long insertImportIfAbsent(@Param("blNo") String blNo, @Param("carrierCode") String carrierCode);

    /**
     * Inserts an export deal for each booking + carrier pair (same index in both arrays, no pair
     * twice, neither null) that has none yet, in array order.
     *
     * @return the deals created, keyed by booking number; pairs that had a deal are absent
     */
    List<CreatedDeal> insertExportsIfAbsent(@Param("bookingNos") String[] bookingNos,
                                            @Param("carrierCodes") String[] carrierCodes);

    /**
     * Inserts an import deal for each B/L number (no number twice) that has none yet, in array order.
     *
     * @return the deals created, keyed by B/L number; numbers that had a deal are absent
     */
    List<CreatedDeal> insertImportsIfAbsent(@Param("blNos") String[] blNos, @Param("carrierCodes") String[] carrierCodes);

    /** A deal just created and the booking or B/L number (and carrier) it was created for. */
    record CreatedDeal(long id, String keyNo, String carrierCode) {
    }

    Long findIdByBl(@Param("blNo") String blNo);

    /**
     * Gives a deal its B/L number unless it has one: the first B/L of a booking keys the deal, a
     * split B/L's further numbers do not.
     */
    void recordBlNo(@Param("id") long id, @Param("blNo") String blNo);

    Long findIdByBooking(@Param("bookingNo") String bookingNo, @Param("carrierCode") String carrierCode);

    long insert(@Param("direction") String direction, @Param("bookingNo") String bookingNo,
                @Param("carrierCode") String carrierCode, @Param("blNo") String blNo,
                @Param("ownerPartyId") Long ownerPartyId, @Param("inHouseNo") String inHouseNo,
                @Param("createdByUser") Long createdByUser);

    Optional<Deal> find(long id);

    /**
     * Deals that match, newest first, at most {@code limit}: for a company only those it is on, the
     * documents' criteria and the status judged on the documents its scope lets it search.
     *
     * @param afterId        only deals with a smaller id (the page's cursor); null for the first page
     * @param exportClosing  the document types that complete an export deal ({@link DealStatus#COMPLETED})
     * @param importClosing  those that complete an import deal
     */
    List<FoundDeal> search(@Param("c") DealCriteria criteria, @Param("scope") DocumentScope scope,
                           @Param("afterId") Long afterId, @Param("limit") int limit,
                           @Param("exportClosing") String[] exportClosing, @Param("importClosing") String[] importClosing);

    void touch(long id);
}
