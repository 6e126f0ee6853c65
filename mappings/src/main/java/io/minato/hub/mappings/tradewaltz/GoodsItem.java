package io.minato.hub.mappings.tradewaltz;

import java.math.BigDecimal;
import java.util.List;

/**
 * One goods line of a request (品名, 個数, 単位, 総重量, 容積, 荷印, コンテナ番号, HS コード).
 *
 * @param packageUnit UN/ECE Rec. 21 package code, e.g. {@code CT}
 */
public record GoodsItem(String description, int packages, String packageUnit, BigDecimal grossWeightKg,
                        BigDecimal measurementM3, String marks, List<String> containerNos, String hsCode) {

    public GoodsItem {
        containerNos = containerNos == null ? List.of() : List.copyOf(containerNos);
    }
}
