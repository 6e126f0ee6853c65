package io.minato.hub.mappings.party;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Normalized party names and address keys: the same company written by different systems comes out
 * the same. {@code "MINATO FORWARDING CO., LTD."}, {@code "Minato Forwarding Co Ltd"} and
 * {@code "ＭＩＮＡＴＯ　ＦＯＲＷＡＲＤＩＮＧ　株式会社"} all become {@code "minato forwarding co ltd"}.
 */
public final class PartyNames {

    /** Marks that NFKC leaves as parenthesised abbreviations (㈱ becomes "(株)") and what they stand for. */
    private static final String[][] ABBREVIATED_FORMS = {
            {"(株)", " 株式会社 "}, {"(有)", " 有限会社 "}, {"(同)", " 合同会社 "}, {"(資)", " 合資会社 "}, {"(名)", " 合名会社 "}};
    /** Apostrophes join ("O'Brien" is "obrien"); every other punctuation or symbol separates words. */
    private static final Pattern APOSTROPHES = Pattern.compile("['’`]");
    private static final Pattern SEPARATORS = Pattern.compile("[\\p{P}\\p{S}\\s]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^\\p{L}\\p{N}]+");

    private PartyNames() {
    }

    /**
     * A party name as a matching key: NFKC (full-width Latin and digits become half-width,
     * half-width katakana full-width, ㈱ becomes (株)), lower case, "&amp;" read as "and",
     * punctuation and runs of whitespace as one space, spelled-out initials joined ("K.K." is
     * "kk"), no spaces between Japanese characters, and the legal form (CO., LTD., 株式会社 in
     * front or behind, (株), K.K., …) written once, canonically, at the end. Empty for null or blank.
     */
    public static String normalize(String name) {
        if (name == null) {
            return "";
        }
        String text = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        for (String[] form : ABBREVIATED_FORMS) {
            text = text.replace(form[0], form[1]);
        }
        text = text.replace("&", " and ");
        text = APOSTROPHES.matcher(text).replaceAll("");
        List<String> words = joinInitials(SEPARATORS.split(text.strip()));
        return LegalForms.canonical(joinWords(words));
    }

    /**
     * A city or postcode as a matching key: NFKC, lower case, letters and digits only
     * ({@code "231-0002"} and {@code "〒２３１－０００２"} are {@code "2310002"}, {@code "Los Angeles"} is
     * {@code "losangeles"}). Empty for null or blank, meaning "any address".
     */
    public static String addressKey(String address) {
        if (address == null) {
            return "";
        }
        String text = Normalizer.normalize(address, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return NOT_ALPHANUMERIC.matcher(text).replaceAll("");
    }

    /**
     * The keys a reference may be registered under, most specific first: its name with its postcode,
     * with its city, then with no address. EDIFACT splits long names over 35-character lines, often
     * inside a word, so a name of several lines is also tried with its lines joined without a space.
     */
    public static List<NameKey> candidates(PartyReference reference) {
        Set<String> names = new LinkedHashSet<>();
        names.add(normalize(String.join(" ", reference.nameLines())));
        names.add(normalize(String.join("", reference.nameLines())));
        names.remove("");
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(addressKey(reference.postcode()));
        addresses.add(addressKey(reference.city()));
        addresses.remove("");
        addresses.add("");
        List<NameKey> keys = new ArrayList<>();
        for (String name : names) {
            for (String address : addresses) {
                keys.add(new NameKey(name, address));
            }
        }
        return keys;
    }

    /** "k k" → "kk", "a p moller" → "ap moller": initials spelled with dots or spaces are one word. */
    private static List<String> joinInitials(String[] words) {
        List<String> joined = new ArrayList<>();
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            if (word.length() == 1 && word.charAt(0) < 0x80 && Character.isLetterOrDigit(word.charAt(0))) {
                initials.append(word);
                continue;
            }
            if (!initials.isEmpty()) {
                joined.add(initials.toString());
                initials.setLength(0);
            }
            if (!word.isEmpty()) {
                joined.add(word);
            }
        }
        if (!initials.isEmpty()) {
            joined.add(initials.toString());
        }
        return joined;
    }

    /** Japanese is written without spaces, so a space between two Japanese characters is dropped. */
    private static String joinWords(List<String> words) {
        StringBuilder text = new StringBuilder();
        for (String word : words) {
            if (!text.isEmpty() && !(isJapanese(text.codePointBefore(text.length())) && isJapanese(word.codePointAt(0)))) {
                text.append(' ');
            }
            text.append(word);
        }
        return text.toString();
    }

    private static boolean isJapanese(int codePoint) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA
                // the long-vowel mark ー and the iteration mark 々 belong to no script of their own
                || codePoint == 'ー' || codePoint == '々';
    }
}
