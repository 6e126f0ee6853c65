package io.minato.hub.mappings.colins;

/** The check digits of the identifiers Colins carries, so a mistyped number is caught on arrival. */
public final class CheckDigits {

    private CheckDigits() {
    }

    /**
     * ISO 6346 container number: owner code (3 letters), category (U, J or Z), 6-digit serial and its
     * check digit, e.g. {@code CSQU3054383}.
     */
    public static boolean isContainerNumber(String number) {
        if (number == null || !number.matches("[A-Z]{3}[UJZ][0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            sum += value(number.charAt(i)) << i;
        }
        return sum % 11 % 10 == number.charAt(10) - '0';
    }

    /** IMO ship identification number: 7 digits, the last the check digit, e.g. {@code 9074729}. */
    public static boolean isImoNumber(String number) {
        if (number == null || !number.matches("[0-9]{7}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 6; i++) {
            sum += (number.charAt(i) - '0') * (7 - i);
        }
        return sum % 10 == number.charAt(6) - '0';
    }

    /** ISO 6346 letter values: A = 10 upwards, skipping the multiples of 11. */
    private static int value(char c) {
        if (Character.isDigit(c)) {
            return c - '0';
        }
        int value = 10 + (c - 'A');
        return value + (value - 1) / 10;
    }
}
