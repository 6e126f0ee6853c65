package io.minato.hub.mappings.shipping;

import java.time.LocalDateTime;

/**
 * What NACCS last said about the export declaration of an S/I's cargo (輸出申告の状態): written by
 * the hub from NACCS outputs (declaration accepted, permit notice, IEX inquiry), never by users.
 *
 * @param declarationNumber 申告番号
 * @param status            e.g. {@code UNDER_REVIEW} (審査中), {@code PERMITTED} (許可)
 * @param statusAt          the reception date-time of the output that said so
 * @param permittedAt       許可日時, once permitted
 */
public record CustomsStatus(String declarationNumber, String status, LocalDateTime statusAt,
                            LocalDateTime permittedAt) {
}
