package io.minato.hub.mappings.naccs.prefill;

import io.minato.hub.mappings.document.DocumentType;
import java.util.List;

/**
 * Fills the items of one NACCS business from a deal's documents. Implementations are plain Java over
 * JSON trees, testable without Spring; item names are those of the business's layout file.
 */
public interface NaccsPrefill {

    /** Business code, e.g. {@code ECR}. */
    String businessCode();

    /** Document types the items come from, most important first. */
    List<DocumentType> feeds();

    /**
     * Fills what the documents give.
     *
     * @param layoutItems the item names of the business's layout, in order (the layout file is the
     *                    truth on which items exist)
     */
    Prefill prefill(DealDocuments documents, List<String> layoutItems);
}
