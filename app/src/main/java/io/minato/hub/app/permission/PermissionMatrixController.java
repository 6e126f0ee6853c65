package io.minato.hub.app.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.PermissionMatrix;
import io.minato.hub.mappings.permission.Rights;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The default rights in force (帳票別・事業種別の標準の権限), read-only: a deal may weaken them per
 * partner, and the operator changes them in {@code config/permissions/matrix.yml}, not here.
 */
@RestController
@RequestMapping("/api/v1/permissions")
class PermissionMatrixController {

    record Named(String code, String en, String ja) {
    }

    record OperationView(String code, Rights required, String en, String ja) {
    }

    record DocumentRow(String code, String en, String ja, Map<BusinessType, Rights> rights) {
    }

    record MatrixView(List<Named> rights, List<Named> businessTypes, List<OperationView> operations,
                      List<DocumentRow> documents) {
    }

    private final MatrixView view;

    PermissionMatrixController(PermissionMatrix matrix) {
        // the matrix never changes while the hub runs: build the answer once
        this.view = new MatrixView(
                Stream.of(Rights.values()).map(r -> new Named(r.name(), r.cyberPortName(), r.japaneseName())).toList(),
                Stream.of(BusinessType.values()).map(b -> new Named(b.name(), b.englishName(), b.japaneseName())).toList(),
                Stream.of(Operation.values()).map(o -> new OperationView(o.name(), o.required(), o.englishVerb(),
                        o.japaneseName())).toList(),
                Stream.of(DocumentType.values()).map(type -> new DocumentRow(type.name(), type.englishName(),
                        type.japaneseName(), new LinkedHashMap<>(matrix.row(type)))).toList());
    }

    @GetMapping("/matrix")
    MatrixView matrix() {
        return view;
    }
}
