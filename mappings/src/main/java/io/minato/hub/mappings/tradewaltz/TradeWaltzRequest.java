package io.minato.hub.mappings.tradewaltz;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A TradeWaltz export shipping request (輸出船積依頼) or import handling request (輸入取扱依頼), read and
 * checked ({@link TradeWaltzPayloadReader}).
 *
 * @param requestId   TradeWaltz's id of the request; with {@code version} the key it is applied once by
 * @param version     1 for the first submission, higher for each amendment
 * @param tradeId     TradeWaltz's trade (取引) the request belongs to
 * @param linkageId   the link of that trade with the platform: the deal it ties to, where status goes back
 * @param submittedAt when the requester submitted it on TradeWaltz, if said
 * @param handling    an import request's handling; {@code ImportHandling.NONE}-like (all null) when not said
 */
public record TradeWaltzRequest(String requestId, int version, RequestKind kind, String tradeId, String linkageId,
                                OffsetDateTime submittedAt, TradeWaltzParties parties, Transport transport,
                                String bookingNo, String blNo, String invoiceNo, List<GoodsItem> goods,
                                ImportHandling handling, String remarks) {

    public TradeWaltzRequest {
        goods = goods == null ? List.of() : List.copyOf(goods);
        transport = transport == null ? Transport.NONE : transport;
        handling = handling == null ? ImportHandling.NONE : handling;
    }

    /** The requesting company: the exporter of an export request, the importer of an import request. */
    public TradeWaltzParty requester() {
        return kind == RequestKind.EXPORT_SHIPPING_REQUEST ? parties.exporter() : parties.importer();
    }

    /** "TWR-1 v2 (EXPORT_SHIPPING_REQUEST, linkage TWL-9)": how logs, events and errors name it. */
    public String describe() {
        return requestId + " v" + version + " (" + kind + ", linkage " + linkageId + ")";
    }

    public List<String> containerNos() {
        return goods.stream().flatMap(item -> item.containerNos().stream()).distinct().toList();
    }

    public int totalPackages() {
        return goods.stream().mapToInt(GoodsItem::packages).sum();
    }

    public BigDecimal totalGrossWeightKg() {
        return goods.stream().map(GoodsItem::grossWeightKg).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
