package io.minato.hub.app.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import io.minato.hub.app.document.DocumentView;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A deal's document data as one CSV: a row per document, its header columns first, then one column per
 * field path any of the documents has ({@code fields.shipper.name}, {@code fields.goods[0].packages}).
 * UTF-8 with a byte-order mark and CRLF, so Excel opens Japanese text correctly.
 */
final class DocumentCsv {

    static final String CONTENT_TYPE = "text/csv; charset=UTF-8";
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final List<String> HEADER = List.of("documentId", "type", "typeName", "typeNameJa", "version",
            "status", "createdAt", "updatedAt", "sentAt");
    private static final String FIELD_PREFIX = "fields.";
    private static final CsvMapper CSV = new CsvMapper();

    private DocumentCsv() {
    }

    static byte[] write(List<ExportedDocument> documents) {
        Set<String> paths = new LinkedHashSet<>();
        documents.forEach(document -> paths.addAll(document.leaves().keySet()));
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true).setLineSeparator("\r\n");
        HEADER.forEach(schema::addColumn);
        paths.forEach(path -> schema.addColumn(FIELD_PREFIX + path));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(BOM);
        try (Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             SequenceWriter rows = CSV.writer(schema.build()).writeValues(writer)) {
            for (ExportedDocument document : documents) {
                rows.write(row(document));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the documents' CSV", e);
        }
        return out.toByteArray();
    }

    private static Map<String, String> row(ExportedDocument document) {
        DocumentView view = document.view();
        Map<String, String> row = new LinkedHashMap<>();
        row.put("documentId", Long.toString(view.id()));
        row.put("type", view.type());
        row.put("typeName", view.typeName());
        row.put("typeNameJa", view.typeNameJa());
        row.put("version", Integer.toString(view.version()));
        row.put("status", view.status());
        row.put("createdAt", String.valueOf(view.createdAt()));
        row.put("updatedAt", String.valueOf(view.updatedAt()));
        row.put("sentAt", view.sentAt() == null ? "" : view.sentAt().toString());
        document.leaves().forEach((path, value) -> row.put(FIELD_PREFIX + path, cell(value)));
        return row;
    }

    /**
     * The text of a leaf. Text that Excel would take for a formula (=, +, -, @ first) gets a leading
     * apostrophe, which Excel hides: a document's data must not run as a formula on the reader's machine.
     */
    private static String cell(JsonNode value) {
        if (value.isNull() || value.isContainerNode()) {
            return "";
        }
        if (value.isNumber()) {
            return value.decimalValue().toPlainString();
        }
        String text = value.asText();
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
