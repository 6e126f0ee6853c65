package io.minato.hub.mappings.document.definition;

/**
 * One value of a closed code list, with what users read for it.
 *
 * @param code the value stored in the document, e.g. {@code PREPAID}
 * @param ja   e.g. 運賃前払い
 * @param en   e.g. Freight prepaid
 */
public record CodeValue(String code, String ja, String en) {
}
