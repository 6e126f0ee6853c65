package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Reads {@code matrix.yml} token by token so that every cell keeps its line (a tree or a binding would
 * lose it), and collects every problem rather than stopping at the first: an operator fixing the file
 * wants the whole list.
 */
final class MatrixReader {

    private static final String DOCUMENTS = "documents";

    private final String file;
    private final List<PermissionProblem> problems = new ArrayList<>();
    private final Map<DocumentType, Map<BusinessType, Rights>> cells = new EnumMap<>(DocumentType.class);
    private final Map<DocumentType, Integer> documentLines = new EnumMap<>(DocumentType.class);
    private int documentsLine;
    private boolean rootIsMapping;

    MatrixReader(String file) {
        this.file = file;
    }

    void read(JsonParser parser) throws IOException {
        JsonToken first = parser.nextToken();
        if (first == null) {
            problem(0, "the file is empty; expected the mapping '" + DOCUMENTS + "'");
            return;
        }
        if (first != JsonToken.START_OBJECT) {
            problem(line(parser), "expected a mapping with the key '" + DOCUMENTS + "'");
            return;
        }
        rootIsMapping = true;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            if (DOCUMENTS.equals(field) && documentsLine == 0) {
                documentsLine = line;
                documents(parser);
            } else {
                problem(line, DOCUMENTS.equals(field) ? "'documents' appears twice"
                        : "unknown key '" + field + "' (the file holds 'documents' only)");
                parser.skipChildren();
            }
        }
    }

    private void documents(JsonParser parser) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problem(line(parser), "'documents' must map document type codes (UL010 …) to their rights");
            parser.skipChildren();
            return;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String code = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            DocumentType type = enumValue(DocumentType.class, code);
            if (type == null) {
                problem(line, "unknown document type '" + code + "' (known: UL010 … UL490, see DocumentType)");
                parser.skipChildren();
            } else if (documentLines.containsKey(type)) {
                problem(line, code + " is listed twice (first on line " + documentLines.get(type) + ")");
                parser.skipChildren();
            } else {
                documentLines.put(type, line);
                document(parser, type);
            }
        }
    }

    private void document(JsonParser parser, DocumentType type) throws IOException {
        Map<BusinessType, Rights> row = new EnumMap<>(BusinessType.class);
        Map<BusinessType, Integer> rowLines = new EnumMap<>(BusinessType.class);
        cells.put(type, row);
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            problem(line(parser), type + ": expected the lists READ_WRITE, READ and NONE");
            parser.skipChildren();
            return;
        }
        List<Rights> seen = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = parser.currentName();
            int line = line(parser);
            parser.nextToken();
            Rights rights = enumValue(Rights.class, key);
            if (rights == null || seen.contains(rights)) {
                problem(line, type + ": " + (rights == null
                        ? "unknown rights '" + key + "' (expected READ_WRITE, READ or NONE)"
                        : key + " appears twice"));
                parser.skipChildren();
                continue;
            }
            seen.add(rights);
            if (parser.currentToken() == JsonToken.VALUE_NULL) {
                continue;   // "NONE:" with nothing after it: an empty list
            }
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                problem(line, type + " " + rights + ": expected a list of business types, e.g. [SHIPPER, FORWARDER]");
                parser.skipChildren();
                continue;
            }
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                cell(parser, type, rights, row, rowLines);
            }
        }
        List<BusinessType> missing = Arrays.stream(BusinessType.values()).filter(b -> !row.containsKey(b)).toList();
        if (!missing.isEmpty()) {
            problem(documentLines.get(type), type + ": no rights for " + names(missing)
                    + " (list every business type under READ_WRITE, READ or NONE)");
        }
    }

    private void cell(JsonParser parser, DocumentType type, Rights rights, Map<BusinessType, Rights> row,
                      Map<BusinessType, Integer> rowLines) throws IOException {
        int line = line(parser);
        if (!parser.currentToken().isScalarValue()) {
            problem(line, type + " " + rights + ": expected a business type name, found a " + parser.currentToken());
            parser.skipChildren();
            return;
        }
        String name = parser.getText();
        BusinessType businessType = enumValue(BusinessType.class, name);
        if (businessType == null) {
            problem(line, type + " " + rights + ": unknown business type '" + name + "' (known: "
                    + names(Arrays.asList(BusinessType.values())) + ")");
        } else if (row.containsKey(businessType)) {
            problem(line, type + ": " + businessType + " is already " + row.get(businessType) + " (line "
                    + rowLines.get(businessType) + "); list it once");
        } else {
            row.put(businessType, rights);
            rowLines.put(businessType, line);
        }
    }

    List<PermissionProblem> check() {
        List<DocumentType> missing = Arrays.stream(DocumentType.values())
                .filter(type -> !documentLines.containsKey(type)).toList();
        if (documentsLine == 0) {
            if (rootIsMapping) {
                problem(0, "no 'documents' mapping");
            }
        } else if (!missing.isEmpty()) {
            problem(documentsLine, "no rights for document type" + (missing.size() == 1 ? " " : "s ") + names(missing));
        }
        return List.copyOf(problems);
    }

    void problem(int line, String text) {
        problems.add(new PermissionProblem(file, line, text));
    }

    Map<DocumentType, Map<BusinessType, Rights>> cells() {
        return cells;
    }

    private static <E extends Enum<E>> E enumValue(Class<E> type, String name) {
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        return null;
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
