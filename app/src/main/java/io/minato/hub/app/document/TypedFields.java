package io.minato.hub.app.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.minato.hub.app.support.ApiException;
import io.minato.hub.app.support.ApiException.FieldProblem;
import io.minato.hub.app.support.JsonPaths;
import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.document.definition.DocumentDefinition;
import io.minato.hub.mappings.document.definition.DocumentDefinitions;
import io.minato.hub.mappings.document.definition.RecordBackedTypes;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.io.IOException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The check that JSON fields are a valid document of their type: first against the type's definition
 * ({@code config/documents/types/ULxxx.yml}), then, for the types the EDIFACT and NACCS mappings read as
 * records (UL010, UL040, UL050, …), against the record's own validation. Every type can be written;
 * who may write which is the permission matrix's decision ({@code DealAccess}), not this class's — a
 * booking confirmation, for one, is ReadWrite for the carrier side only.
 */
@Component
public class TypedFields {

    private final ObjectMapper mapper;
    private final Validator validator;
    private final DocumentDefinitions definitions;

    TypedFields(ObjectMapper mapper, Validator validator, DocumentDefinitions definitions) {
        this.mapper = mapper;
        this.validator = validator;
        this.definitions = definitions;
    }

    /** The type's definition: its fields with names, types and constraints. */
    public DocumentDefinition definition(DocumentType type) {
        return definitions.definition(type);
    }

    /** The record a type's fields are read into by the mappings, if it has one. */
    public Optional<Class<?>> recordType(DocumentType type) {
        return RecordBackedTypes.recordOf(type).map(record -> record);
    }

    /** Whether the API and the portal may create or edit documents of the type (every defined type). */
    public boolean writable(DocumentType type) {
        return definitions.all().stream().anyMatch(definition -> definition.type() == type);
    }

    /**
     * Reads and validates fields for a write through the API or the portal; 400 with every field at
     * fault, each named by its path ({@code fields.goods[0].packages}).
     *
     * @return what to store: the record for record-backed types, the fields without nulls otherwise
     */
    public Object readForWrite(DocumentType type, JsonNode fields) {
        if (fields == null || !fields.isObject()) {
            throw invalid(type, List.of(new FieldProblem("fields", "must be a JSON object / JSON オブジェクトで指定してください")));
        }
        List<FieldProblem> problems = definitions.validate(type, fields).stream()
                .map(problem -> new FieldProblem(problem.path().isEmpty() ? "fields" : "fields." + problem.path(),
                        problem.message()))
                .toList();
        if (!problems.isEmpty()) {
            throw invalid(type, problems);
        }
        Optional<Class<? extends Record>> record = RecordBackedTypes.recordOf(type);
        if (record.isEmpty()) {
            return withoutNulls(fields.deepCopy());
        }
        Object value = read(type, fields, record.get());
        List<FieldProblem> violations = validator.validate(value).stream()
                .map(TypedFields::toProblem)
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        if (!violations.isEmpty()) {
            throw invalid(type, violations);
        }
        return value;
    }

    public <T> T read(String json, Class<T> type) {
        try {
            return mapper.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("stored fields are not a " + type.getSimpleName(), e);
        }
    }

    private Object read(DocumentType type, JsonNode fields, Class<?> record) {
        try {
            return mapper.treeToValue(fields, record);
        } catch (IOException e) {
            // the definition matched the record, so this is a value the record cannot hold: name where
            String path = e instanceof com.fasterxml.jackson.databind.JsonMappingException mapping
                    ? "fields." + JsonPaths.of(mapping.getPath()) : "fields";
            throw invalid(type, List.of(new FieldProblem(path, "has the wrong type or format / 型または形式が誤っています")));
        }
    }

    /** Absent and null are the same to a reader; storing neither keeps documents comparable. */
    private static JsonNode withoutNulls(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().removeIf(entry -> entry.getValue().isNull());
            object.forEach(TypedFields::withoutNulls);
        } else if (node.isArray()) {
            node.forEach(TypedFields::withoutNulls);
        }
        return node;
    }

    private static ApiException invalid(DocumentType type, List<FieldProblem> problems) {
        return new ApiException(HttpStatus.BAD_REQUEST, "the request has invalid fields for " + type + " ("
                + type.englishName() + "): " + problems.stream().map(FieldProblem::field).toList()
                + " / " + type + " " + type.japaneseName() + " の入力内容に誤りがあります", problems);
    }

    private static FieldProblem toProblem(ConstraintViolation<?> violation) {
        return new FieldProblem("fields." + violation.getPropertyPath(), violation.getMessage());
    }
}
