package io.minato.hub.mappings.document.definition;

import io.minato.hub.mappings.document.DocumentType;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Small definition folders written in a test: a root, code lists and the types a test needs. */
final class DefinitionFiles {

    static final String CODE_LISTS = """
            codeLists:
              unlocode: {ja: 国連地域コード, en: UN/LOCODE, pattern: "[A-Z]{2}[A-Z0-9]{3}", example: JPYOK}
              containerNo: {ja: コンテナ番号, en: container number, pattern: "[A-Z]{4}[0-9]{7}", example: ONEU1234567}
              scac: {ja: 船社コード, en: SCAC, pattern: "[A-Z]{2,4}", example: ONEY}
              sizeType: {ja: サイズタイプ, en: size type, pattern: "[0-9A-Z]{4}", example: 45G1}
              vgmMethod: {ja: 計量方法, en: VGM method, values: [SM1, SM2]}
            """;
    static final String ROOT = """
            editLock:
              triggers: [UL020]
            fields:
              vesselName: {ja: 本船名, en: Vessel name, type: text, maxLength: 35}
              portOfLoading: {ja: 船積港, en: Port of loading, type: code, codeList: unlocode}
              containerNos: {ja: コンテナ番号, en: Container number, type: code, codeList: containerNo, many: true}
            """;

    private final Map<String, String> files = new HashMap<>();
    private final EnumSet<DocumentType> types = EnumSet.noneOf(DocumentType.class);

    DefinitionFiles() {
        files.put("root.yml", ROOT);
        files.put("code-lists.yml", CODE_LISTS);
    }

    DefinitionFiles with(String file, String text) {
        files.put(file, text);
        return this;
    }

    DefinitionFiles type(DocumentType type, String text) {
        types.add(type);
        return with("types/" + type + ".yml", text);
    }

    /** A type file with the header filled in and {@code fields} (YAML list items) below it. */
    DefinitionFiles typeWithFields(DocumentType type, String fields) {
        return type(type, "code: " + type + "\nja: 帳票\nen: Document\ndirections: [export]\nfields:\n" + fields);
    }

    DocumentDefinitions load() {
        return DocumentDefinitions.parse("test", file -> Optional.ofNullable(files.get(file)), types);
    }
}
