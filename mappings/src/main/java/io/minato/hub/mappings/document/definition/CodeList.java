package io.minato.hub.mappings.document.definition;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The values a code field accepts: a closed list ({@code values}, e.g. freight terms) or an open,
 * standard one known by its shape ({@code pattern}, e.g. UN/LOCODE, SCAC, ISO 6346 container numbers),
 * which cannot be listed in full.
 *
 * @param name    its key in {@code code-lists.yml}; null for values written inline on a field
 * @param ja      what it is, in Japanese
 * @param en      the same in English
 * @param values  the accepted values of a closed list; empty for an open list
 * @param pattern the regular expression every value of an open list matches; null for a closed list
 * @param example a valid value of an open list, shown as input help
 */
public record CodeList(String name, String ja, String en, List<CodeValue> values, String pattern, String example) {

    /** ISO 3166-1 alpha-2, the country of a party's address. */
    public static final CodeList COUNTRY = new CodeList("countryCode", "国コード (ISO 3166)",
            "Country code (ISO 3166)", List.of(), "[A-Z]{2}", "JP");

    public CodeList {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public boolean closed() {
        return !values.isEmpty();
    }

    public boolean accepts(String value) {
        return closed() ? values.stream().anyMatch(v -> v.code().equals(value)) : Pattern.matches(pattern, value);
    }

    public List<String> codes() {
        return values.stream().map(CodeValue::code).toList();
    }
}
