package io.minato.hub.mappings.naccs.prefill;

import io.minato.hub.mappings.document.DocumentType;
import java.util.Optional;

/** A deal's documents as a prefill reads them: the current version of each document type. */
@FunctionalInterface
public interface DealDocuments {

    /** The deal's document of this type, latest version; empty if the deal has none. */
    Optional<SourceDocument> latest(DocumentType type);
}
