package io.minato.hub.mappings.edifact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/** Conversions of EDIFACT data values: DTM dates by format code (2379) and decimals. */
final class EdifactValues {

    private EdifactValues() {
    }

    /**
     * The date part of a DTM value: formats 102 (CCYYMMDD), 203 (CCYYMMDDHHMM), 204, 205 (with
     * seconds/zone), 101 (YYMMDD) and 201 (YYMMDDHHMM); without a format code, by length.
     * Empty when the value does not fit its format.
     */
    static Optional<LocalDate> date(String value, String format) {
        if (value == null) {
            return Optional.empty();
        }
        String code = format != null ? format : value.length() == 6 || value.length() == 10 ? "101" : "102";
        return switch (code) {
            case "102", "203", "204", "205" -> ymd(value, 8, 0);
            case "101", "201" -> ymd(value, 6, 2000); // two-digit years in shipping are this century
            default -> Optional.empty();
        };
    }

    private static Optional<LocalDate> ymd(String value, int digits, int century) {
        if (value.length() < digits || !value.substring(0, digits).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int yearDigits = digits - 4;
        int year = century + Integer.parseInt(value.substring(0, yearDigits));
        int month = Integer.parseInt(value.substring(yearDigits, yearDigits + 2));
        int day = Integer.parseInt(value.substring(yearDigits + 2, digits));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            // e.g. month 13: not a date; the caller reports it with the DTM's position
            return Optional.empty();
        }
    }

    /** A decimal in the interchange's notation (UNA decimal mark, '.' or ','); empty if not a number. */
    static Optional<BigDecimal> decimal(String value, char decimalMark) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = decimalMark == ',' ? value.replace(',', '.') : value;
        if (!normalised.matches("-?\\d+(\\.\\d*)?|-?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normalised));
    }
}
