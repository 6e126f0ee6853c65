package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.app.support.JsonPaths;
import io.minato.hub.mappings.arrival.ArrivalNotice;
import io.minato.hub.mappings.booking.BookingConfirmation;
import io.minato.hub.mappings.booking.BookingRequest;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.equipment.EquipmentInterchangeReceipt;
import io.minato.hub.mappings.pickup.EmptyContainerPickupOrder;
import io.minato.hub.mappings.shipping.BillOfLading;
import io.minato.hub.mappings.shipping.ShippingInstruction;
import io.minato.hub.mappings.vgm.VgmReport;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which document types have typed fields, and the check that JSON fields are a valid instance of
 * them. Adding a type is one entry here plus its record in {@code mappings}.
 */
@Component
public class TypedFields {

    private static final Map<DocumentType, Class<?>> TYPES = Map.of(
            DocumentType.UL010, BookingRequest.class,
            DocumentType.UL040, ShippingInstruction.class,
            DocumentType.UL050, BookingConfirmation.class,
            DocumentType.UL440, VgmReport.class);

    /**
     * The record of every type the hub stores with typed fields, also those only partners send (a
     * carrier's UL050, UL150, UL290): what shared-field paths are checked against.
     */
    private static final Map<DocumentType, Class<?>> STORED = Map.of(
            DocumentType.UL010, BookingRequest.class,
            DocumentType.UL040, ShippingInstruction.class,
            DocumentType.UL050, BookingConfirmation.class,
            DocumentType.UL060, EmptyContainerPickupOrder.class,
            DocumentType.UL080, EquipmentInterchangeReceipt.class,
            DocumentType.UL150, BillOfLading.class,
            DocumentType.UL160, BillOfLading.class,
            DocumentType.UL290, ArrivalNotice.class,
            DocumentType.UL440, VgmReport.class);

    /** Types the API may create or edit; UL050 comes only from the carrier. */
    private static final List<DocumentType> WRITABLE = List.of(DocumentType.UL010, DocumentType.UL040, DocumentType.UL440);

    private final ObjectMapper mapper;
    private final Validator validator;

    TypedFields(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** The record a type's fields are an instance of, if the type has typed fields. */
    public Optional<Class<?>> recordType(DocumentType type) {
        return Optional.ofNullable(TYPES.get(type));
    }

    /** Whether the API and the portal may create or edit documents of the type. */
    public boolean writable(DocumentType type) {
        return WRITABLE.contains(type);
    }

    /** Reads and validates fields for a write through the API; 400 with every field at fault. */
    public Object readForWrite(DocumentType type, JsonNode fields) {
        if (!WRITABLE.contains(type)) {
            throw new ApiException(HttpStatus.BAD_REQUEST,
                    "documents of type " + type + " cannot be written through the API yet (writable: " + WRITABLE + ")");
        }
        if (fields == null || !fields.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("fields", "must be a JSON object")));
        }
        Object value = read(type, fields);
        List<FieldProblem> problems = validator.validate(value).stream()
                .map(TypedFields::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!problems.isEmpty()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields", problems);
        }
        return value;
    }

    /** The record a stored document of the type is, if the hub has typed fields for it. */
    public static Optional<Class<?>> recordOf(DocumentType type) {
        return Optional.ofNullable(STORED.get(type));
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored fields are not a " + type.getSimpleName(), e);
        }
    }

    private Object read(DocumentType type, JsonNode fields) {
        try {
            return mapper.treeToValue(fields, TYPES.get(type));
        } catch (MismatchedInputException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields",
                    List.of(new FieldProblem("fields." + JsonPaths.of(e.getPath()), "has the wrong type or format")));
        } catch (IOException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "fields cannot be read: " + e.getMessage());
        }
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        return new FieldProblem("fields." + violation.getPropertyPath(), violation.getMessage());
    }
}
