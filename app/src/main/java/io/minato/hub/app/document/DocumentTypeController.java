package io.minato.hub.app.document;

import io.minato.hub.app.security.Callers;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.CodeList;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.RootField;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * 帳票定義: the document types with their fields, for clients that build forms or check documents before
 * sending them. The definitions are the same for every caller (who may read or write which type on a
 * deal is the permission matrix's, {@code GET /api/v1/permission-matrix}); no deal is touched.
 */
@RestController
@RequestMapping("/api/v1/document-types")
class DocumentTypeController {

    /**
     * Every type, the root document's fields and the named code lists.
     *
     * @param rootFields fields held once per deal, which fields marked {@code shared} carry
     * @param codeLists  the lists code fields refer to by name (each code field also carries its list)
     */
    record DocumentTypes(List<DocumentDefinition> types, List<RootField> rootFields, Map<String, CodeList> codeLists) {
    }

    private final DocumentDefinitions definitions;
    private final Callers callers;

    DocumentTypeController(DocumentDefinitions definitions, Callers callers) {
        this.definitions = definitions;
        this.callers = callers;
    }

    @GetMapping
    DocumentTypes all() {
        callers.require();
        return new DocumentTypes(definitions.all(), definitions.rootFields(), definitions.codeLists());
    }

    @GetMapping("/{code}")
    DocumentDefinition one(@PathVariable String code) {
        callers.require();
        return definitions.definition(type(code));
    }

    private static DocumentType type(String code) {
        try {
            return DocumentType.valueOf(code);
        } catch (IllegalArgumentException e) {
            throw new ApiException(HttpStatus.NOT_FOUND, "document type " + code + " does not exist (UL010 … UL490)"
                    + " / 帳票種別 " + code + " はありません");
        }
    }
}
