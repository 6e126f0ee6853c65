package io.minato.hub.app.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A deal's document data as a ZIP: {@code documents/<id>-<type>.json} per document (as the API shows
 * it), {@code documents.csv} (as {@link DocumentCsv}) and {@code manifest.json} naming the deal, who
 * asked, the document types included and every file.
 */
final class DocumentZip {

    static final String CONTENT_TYPE = "application/zip";
    static final String CSV_ENTRY = "documents.csv";
    static final String MANIFEST_ENTRY = "manifest.json";

    private DocumentZip() {
    }

    /** @param manifest what the manifest says besides the documents (deal, requester, types) */
    static byte[] write(ObjectMapper json, Map<String, Object> manifest, List<ExportedDocument> documents) {
        ObjectMapper pretty = json.copy().enable(SerializationFeature.INDENT_OUTPUT);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            List<Map<String, Object>> listed = new ArrayList<>();
            for (ExportedDocument document : documents) {
                String name = "documents/" + document.view().id() + "-" + document.view().type() + ".json";
                entry(zip, name, pretty.writeValueAsBytes(document.view()));
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("id", document.view().id());
                item.put("type", document.view().type());
                item.put("version", document.view().version());
                item.put("etag", document.view().etag());
                item.put("file", name);
                listed.add(item);
            }
            entry(zip, CSV_ENTRY, DocumentCsv.write(documents));
            Map<String, Object> full = new LinkedHashMap<>(manifest);
            full.put("csv", CSV_ENTRY);
            full.put("documents", listed);
            entry(zip, MANIFEST_ENTRY, pretty.writeValueAsBytes(full));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the documents' ZIP", e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content);
        zip.closeEntry();
    }
}
