package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One field of a document type as {@code config/documents/types/ULxxx.yml} declares it (or of the root
 * document, {@code root.yml}). Which of the constraints apply depends on the type; the loader refuses
 * one given to the wrong type.
 *
 * @param name      the JSON name in the document's fields (the record component's name for record-backed types)
 * @param ja        what users read in Japanese
 * @param en        the same in English
 * @param type      the kind of value
 * @param required  must be present (for a repeat: at least one row)
 * @param shared    the root document's field it shares (連携項目), or null
 * @param maxLength text: at most this many characters
 * @param scale     number: at most this many decimal places (0: whole numbers)
 * @param min       number: smallest value allowed, or null
 * @param max       number: largest value allowed, or null
 * @param minOccurs repeat: fewest rows
 * @param maxOccurs repeat: most rows
 * @param codes     code: the values it accepts
 * @param fields    group, party and object rows of a repeat: the nested fields; empty otherwise
 * @param item      repeat of single values: what each row is; null otherwise
 * @param setByHub  written by the hub (e.g. from NACCS outputs), shown but never taken from a form
 */
public record FieldDefinition(String name, String ja, String en, FieldType type, boolean required, String shared,
                              Integer maxLength, Integer scale, BigDecimal min, BigDecimal max, Integer minOccurs,
                              Integer maxOccurs, CodeList codes, List<FieldDefinition> fields, FieldDefinition item,
                              boolean setByHub) {

    /** The fields of every party (the record {@code io.minato.hub.mappings.document.Party}). */
    public static final List<FieldDefinition> PARTY_FIELDS = List.of(
            scalar("code", "コード", "Code", FieldType.TEXT, false, 35, null),
            scalar("name", "名称", "Name", FieldType.TEXT, true, 140, null),
            new FieldDefinition("address", "住所", "Address", FieldType.REPEAT, false, null, null, null, null, null, 0, 5,
                    null, List.of(), scalar("address", "住所", "Address", FieldType.TEXT, false, 70, null), false),
            scalar("countryCode", "国コード", "Country code", FieldType.CODE, false, null, CodeList.COUNTRY));

    public FieldDefinition {
        fields = type == FieldType.PARTY ? PARTY_FIELDS : fields == null ? List.of() : List.copyOf(fields);
    }

    private static FieldDefinition scalar(String name, String ja, String en, FieldType type, boolean required,
                                          Integer maxLength, CodeList codes) {
        return new FieldDefinition(name, ja, en, type, required, null, maxLength, null, null, null, null, null, codes,
                List.of(), null, false);
    }

    /** A repeat whose rows are single values (seal numbers, address lines), not objects. */
    @JsonIgnore
    public boolean repeatOfValues() {
        return type == FieldType.REPEAT && item != null;
    }

    /** The nested field of that name (groups, parties, rows of a repeat). */
    public Optional<FieldDefinition> field(String childName) {
        return fields.stream().filter(field -> field.name().equals(childName)).findFirst();
    }

    /** The same field under another name, required or not, shared or not (a shared field taking the root's shape). */
    FieldDefinition as(String newName, String newJa, String newEn, boolean isRequired, String sharedWith,
                       boolean hubSets) {
        return new FieldDefinition(newName, newJa, newEn, type, isRequired, sharedWith, maxLength, scale, min, max,
                minOccurs, maxOccurs, codes, type == FieldType.PARTY ? null : fields, item, hubSets);
    }
}
