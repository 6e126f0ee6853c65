package io.minato.hub.mappings.edifact;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;

/** Conversions of EDIFACT data values: DTM dates by format code (2379) and decimals. */
public final class EdifactValues {

    private EdifactValues() {
    }

    /**
     * The date part of a DTM value: formats 102 (CCYYMMDD), 203 (CCYYMMDDHHMM), 204, 205 (with
     * seconds/zone), 101 (YYMMDD) and 201 (YYMMDDHHMM); without a format code, by length.
     * Empty when the value does not fit its format.
     */
    public static Optional<LocalDate> date(String value, String format) {
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
    public static Optional<BigDecimal> decimal(String value, char decimalMark) {
        if (value == null) {
            return Optional.empty();
        }
        String normalised = decimalMark == ',' ? value.replace(',', '.') : value;
        if (!normalised.matches("-?\\d+(\\.\\d*)?|-?\\.\\d+")) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(normalised));
    }

    /**
     * Date and time of a DTM value: 203 (CCYYMMDDHHMM), 204 (…SS), 205 (…with zone, zone dropped:
     * shipping times are local to the place), 201 (YYMMDDHHMM); a date-only format gives midnight.
     */
    public static Optional<LocalDateTime> dateTime(String value, String format) {
        Optional<LocalDate> date = date(value, format);
        if (date.isEmpty()) {
            return Optional.empty();
        }
        String code = format != null ? format : value.length() == 10 ? "201" : value.length() >= 12 ? "203" : "102";
        int timeStart = switch (code) {
            case "203", "204", "205" -> 8;
            case "201" -> 6;
            default -> -1;
        };
        if (timeStart < 0) {
            return Optional.of(date.get().atStartOfDay());
        }
        if (value.length() < timeStart + 4 || !value.substring(timeStart, timeStart + 4).chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int hour = Integer.parseInt(value.substring(timeStart, timeStart + 2));
        int minute = Integer.parseInt(value.substring(timeStart + 2, timeStart + 4));
        if (hour > 23 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(date.get().atTime(hour, minute));
    }
}
