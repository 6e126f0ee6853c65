package io.minato.hub.mappings.edifact;

import java.util.Optional;

/**
 * UL050 status from BGM: message function (1225) and response type (4343), D.99B code lists.
 * A cancellation wins; otherwise a response type other than "accepted" says how the carrier
 * answered (INTTRA sends BGM+770+…+9+AP / CA / RE); otherwise a replacement or change is
 * REPLACED and an original is CONFIRMED. Unknown codes are not guessed: empty, the caller reports.
 */
final class BookingStatus {

    private BookingStatus() {
    }

    static Optional<String> of(String messageFunction, String responseType) {
        if ("1".equals(messageFunction)) {
            return Optional.of("CANCELLED");
        }
        if (responseType != null && !"AP".equals(responseType)) {
            return fromResponseType(responseType);
        }
        return messageFunction == null ? Optional.of("CONFIRMED") : fromMessageFunction(messageFunction);
    }

    private static Optional<String> fromResponseType(String code) {
        return Optional.ofNullable(switch (code) {
            case "CA" -> "CONDITIONALLY_ACCEPTED";
            case "AJ", "PE" -> "PENDING"; // AJ pending in D.99B 4343; PE in older EANCOM usage
            case "RE" -> "DECLINED";
            default -> null;
        });
    }

    private static Optional<String> fromMessageFunction(String code) {
        return Optional.ofNullable(switch (code) {
            // original, confirmation, accepted without amendment, copy, additional transmission
            case "9", "6", "29", "31", "43" -> "CONFIRMED";
            // change, replace, accepted with amendment
            case "4", "5", "30" -> "REPLACED";
            case "27" -> "DECLINED"; // not accepted
            default -> null;
        });
    }
}
