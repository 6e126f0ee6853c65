package io.minato.hub.mappings.document.definition;

import io.minato.hub.mappings.document.Party;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A record-backed type's definition against its record: the same field names both ways, a type that
 * reads into the component, codes the enum knows, and {@code required} wherever the record's
 * validation insists on a value.
 */
final class RecordConsistency {

    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(int.class, Integer.class, long.class, Long.class);

    private final Problems problems;

    RecordConsistency(Problems problems) {
        this.problems = problems;
    }

    void check(String where, Class<?> record, List<FieldDefinition> fields) {
        RecordComponent[] components = record.getRecordComponents();
        Set<String> names = Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.toSet());
        for (FieldDefinition field : fields) {
            if (!names.contains(field.name())) {
                problems.add(where + field.name(), "not a field of the record " + record.getSimpleName() + " (it has "
                        + Arrays.stream(components).map(RecordComponent::getName).collect(Collectors.joining(", ")) + ")");
            }
        }
        for (RecordComponent component : components) {
            String path = where + component.getName();
            fields.stream().filter(f -> f.name().equals(component.getName())).findFirst().ifPresentOrElse(
                    field -> component(path, component, field),
                    () -> problems.add(path, "the record " + record.getSimpleName() + " has this field; the definition"
                            + " lacks it"));
        }
    }

    private void component(String path, RecordComponent component, FieldDefinition field) {
        boolean demanded = component.getAccessor().isAnnotationPresent(NotNull.class)
                || component.getAccessor().isAnnotationPresent(NotBlank.class)
                || component.getAccessor().isAnnotationPresent(NotEmpty.class);
        if (demanded && !field.required()) {
            problems.add(path, "the record requires a value (@NotNull/@NotBlank/@NotEmpty); mark it required: true");
        }
        type(path, component.getGenericType(), field);
    }

    private void type(String path, Type type, FieldDefinition field) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (Collection.class.isAssignableFrom(raw)) {
            Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
            if (field.type() != FieldType.REPEAT) {
                expected(path, field, "repeat");
            } else if (field.repeatOfValues()) {
                type(path + "[]", element, field.item());
            } else if (element instanceof Class<?> row && row.isRecord()) {
                check(path + "[].", row, field.fields());
            } else {
                expected(path, field, "repeat with 'item' (rows of one value)");
            }
            return;
        }
        if (raw == Party.class) {
            expectType(path, field, FieldType.PARTY);
        } else if (raw.isRecord()) {
            if (expectType(path, field, FieldType.GROUP)) {
                check(path + ".", raw, field.fields());
            }
        } else if (raw.isEnum()) {
            if (expectType(path, field, FieldType.CODE) && field.codes() != null) {
                Set<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                        .collect(Collectors.toSet());
                List<String> unknown = field.codes().codes().stream().filter(c -> !constants.contains(c)).toList();
                if (!field.codes().closed() || !unknown.isEmpty()) {
                    problems.add(path, "the record reads it as " + raw.getSimpleName() + " " + constants
                            + "; the codes must be among them" + (unknown.isEmpty() ? "" : " (unknown: " + unknown + ")"));
                }
            }
        } else if (raw == String.class) {
            if (field.type() != FieldType.TEXT && field.type() != FieldType.CODE) {
                expected(path, field, "text or code");
            }
        } else if (raw == BigDecimal.class || WHOLE_NUMBERS.contains(raw)) {
            if (expectType(path, field, FieldType.NUMBER) && WHOLE_NUMBERS.contains(raw)
                    && (field.scale() == null || field.scale() != 0)) {
                problems.add(path, "the record holds a whole number (" + raw.getSimpleName() + "); use scale: 0");
            }
        } else if (raw == LocalDate.class) {
            expectType(path, field, FieldType.DATE);
        } else if (raw == LocalDateTime.class) {
            expectType(path, field, FieldType.DATETIME);
        } else if (raw == Boolean.class || raw == boolean.class) {
            expectType(path, field, FieldType.BOOLEAN);
        } else {
            problems.add(path, "the record's " + raw.getSimpleName() + " has no field type to match");
        }
    }

    private boolean expectType(String path, FieldDefinition field, FieldType type) {
        if (field.type() != type) {
            expected(path, field, type.yamlName());
            return false;
        }
        return true;
    }

    private void expected(String path, FieldDefinition field, String what) {
        problems.add(path, "the record holds a " + what + " here; the definition says " + field.type().yamlName());
    }
}
