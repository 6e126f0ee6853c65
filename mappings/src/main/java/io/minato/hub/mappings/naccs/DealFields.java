package io.minato.hub.mappings.naccs;

import static io.minato.hub.mappings.document.DocumentType.UL040;
import static io.minato.hub.mappings.document.DocumentType.UL050;
import static io.minato.hub.mappings.document.DocumentType.UL150;
import static io.minato.hub.mappings.document.DocumentType.UL160;
import static io.minato.hub.mappings.document.DocumentType.UL290;
import static io.minato.hub.mappings.document.DocumentType.UL440;
import static io.minato.hub.mappings.naccs.prefill.PrefillBuilder.field;

import io.minato.hub.mappings.naccs.prefill.PrefillBuilder.Field;
import java.util.List;

/**
 * Where a deal's keys sit in its documents, most trusted first. NACCS numbers come back into the S/I
 * when outputs arrive: {@code exportControlNumber} (ECR) and {@code customs/declarationNumber} (EDA,
 * with the declaration's status). Import declarations are not written back yet: the A/N's
 * {@code importDeclarationNumber} is read if a user or connector set it.
 */
final class DealFields {

    static final List<Field> EXPORT_CONTROL_NUMBER = List.of(field(UL040, "/exportControlNumber"));
    static final List<Field> EXPORT_DECLARATION_NUMBER = List.of(field(UL040, "/customs/declarationNumber"));
    static final List<Field> IMPORT_DECLARATION_NUMBER = List.of(field(UL290, "/importDeclarationNumber"));
    /** The carrier's confirmation first: the S/I and VGM repeat what it confirmed. */
    static final List<Field> BOOKING_NUMBER = List.of(field(UL050, "/bookingNo"), field(UL040, "/bookingNo"),
            field(UL440, "/bookingNo"));
    static final List<Field> BILL_OF_LADING_NUMBER = List.of(field(UL290, "/blNo"), field(UL150, "/blNo"),
            field(UL160, "/blNo"));
    /** The deal's first container: export documents first, then import ones. */
    static final List<Field> FIRST_CONTAINER = List.of(field(UL040, "/goods/0/containerNumbers/0"),
            field(UL440, "/containers/0/containerNo"), field(UL290, "/containers/0/containerNo"),
            field(UL150, "/containers/0/containerNo"));
    static final List<Field> VESSEL_NAME = List.of(field(UL050, "/vesselName"), field(UL040, "/vesselName"),
            field(UL290, "/vesselName"));

    private DealFields() {
    }

    static Field[] of(List<Field> fields) {
        return fields.toArray(Field[]::new);
    }
}
