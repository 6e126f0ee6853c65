package io.minato.hub.app.export;

/** What a bulk download produces. */
enum ExportFormat {
    /** One row per document, its fields flattened to columns. */
    CSV,
    /** One JSON file per document, the CSV and a manifest. */
    ZIP
}
