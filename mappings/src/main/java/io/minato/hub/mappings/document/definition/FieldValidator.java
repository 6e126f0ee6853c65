package io.minato.hub.mappings.document.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a document's JSON fields against its definition and returns every problem with its path, so a
 * form or an API client can show each next to its field. Messages read "English / 日本語".
 */
final class FieldValidator {

    private final List<FieldProblem> problems = new ArrayList<>();

    private FieldValidator() {
    }

    static List<FieldProblem> validate(List<FieldDefinition> fields, JsonNode value) {
        FieldValidator validator = new FieldValidator();
        if (value == null || !value.isObject()) {
            validator.problems.add(new FieldProblem("", "must be a JSON object / JSON オブジェクトで指定してください"));
        } else {
            validator.object("", fields, value);
        }
        return List.copyOf(validator.problems);
    }

    private void object(String path, List<FieldDefinition> fields, JsonNode object) {
        Set<String> known = fields.stream().map(FieldDefinition::name).collect(Collectors.toSet());
        for (Map.Entry<String, JsonNode> entry : object.properties()) {
            if (!known.contains(entry.getKey())) {
                add(join(path, entry.getKey()), "is not a field of this document type (known: "
                        + String.join(", ", fields.stream().map(FieldDefinition::name).toList()) + ")",
                        "この帳票種別にない項目です");
            }
        }
        for (FieldDefinition field : fields) {
            JsonNode value = object.get(field.name());
            String at = join(path, field.name());
            if (value == null || value.isNull() || value.isTextual() && value.asText().isBlank()) {
                if (field.required()) {
                    add(at, "is required", "必須項目です");
                }
            } else {
                value(at, field, value);
            }
        }
    }

    private void value(String at, FieldDefinition field, JsonNode value) {
        switch (field.type()) {
            case TEXT -> text(at, field, value);
            case CODE -> code(at, field, value);
            case NUMBER -> number(at, field, value);
            case DATE -> date(at, value);
            case DATETIME -> dateTime(at, value);
            case BOOLEAN -> {
                if (!value.isBoolean()) {
                    add(at, "must be true or false", "true または false で指定してください");
                }
            }
            case PARTY, GROUP -> {
                if (value.isObject()) {
                    object(at, field.fields(), value);
                } else {
                    add(at, "must be an object with its fields", "項目のまとまり (オブジェクト) で指定してください");
                }
            }
            case REPEAT -> repeat(at, field, value);
        }
    }

    private void text(String at, FieldDefinition field, JsonNode value) {
        if (!value.isTextual()) {
            add(at, "must be text", "文字列で指定してください");
            return;
        }
        int length = value.asText().codePointCount(0, value.asText().length());
        if (field.maxLength() != null && length > field.maxLength()) {
            add(at, "is " + length + " characters long, at most " + field.maxLength() + " allowed",
                    field.maxLength() + " 文字以内で入力してください (" + length + " 文字)");
        }
    }

    private void code(String at, FieldDefinition field, JsonNode value) {
        CodeList codes = field.codes();
        if (!value.isTextual()) {
            add(at, "must be a code (text)", "コード (文字列) で指定してください");
        } else if (!codes.accepts(value.asText())) {
            if (codes.closed()) {
                add(at, "'" + value.asText() + "' is not one of " + codes.codes(),
                        "次のいずれかを指定してください: " + String.join(", ", codes.codes()));
            } else {
                add(at, "'" + value.asText() + "' is not a valid " + codes.en() + ", e.g. " + codes.example(),
                        codes.ja() + " の形式ではありません (例: " + codes.example() + ")");
            }
        }
    }

    private void number(String at, FieldDefinition field, JsonNode value) {
        if (!value.isNumber()) {
            add(at, "must be a number", "数値で指定してください");
            return;
        }
        BigDecimal number = value.decimalValue();
        if (field.scale() != null && Math.max(number.stripTrailingZeros().scale(), 0) > field.scale()) {
            add(at, field.scale() == 0 ? "must be a whole number" : "has more than " + field.scale() + " decimal places",
                    field.scale() == 0 ? "整数で指定してください" : "小数点以下 " + field.scale() + " 桁以内で指定してください");
        }
        if (field.min() != null && number.compareTo(field.min()) < 0) {
            add(at, "must be at least " + field.min().toPlainString(), field.min().toPlainString() + " 以上で指定してください");
        }
        if (field.max() != null && number.compareTo(field.max()) > 0) {
            add(at, "must be at most " + field.max().toPlainString(), field.max().toPlainString() + " 以下で指定してください");
        }
    }

    private void date(String at, JsonNode value) {
        if (!value.isTextual() || !parses(() -> LocalDate.parse(value.asText()))) {
            add(at, "must be a date like 2026-12-05", "日付 (例: 2026-12-05) で指定してください");
        }
    }

    private void dateTime(String at, JsonNode value) {
        if (!value.isTextual() || !parses(() -> LocalDateTime.parse(value.asText()))) {
            add(at, "must be a local date and time like 2026-12-05T17:00", "日時 (例: 2026-12-05T17:00) で指定してください");
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private void repeat(String at, FieldDefinition field, JsonNode value) {
        if (!value.isArray()) {
            add(at, "must be a list of rows", "行のリスト (配列) で指定してください");
            return;
        }
        if (value.size() < field.minOccurs()) {
            add(at, "has " + value.size() + " rows, at least " + field.minOccurs() + " needed",
                    field.minOccurs() + " 行以上必要です (" + value.size() + " 行)");
        }
        if (value.size() > field.maxOccurs()) {
            add(at, "has " + value.size() + " rows, at most " + field.maxOccurs() + " allowed",
                    field.maxOccurs() + " 行までです (" + value.size() + " 行)");
        }
        for (int i = 0; i < value.size(); i++) {
            String row = at + "[" + i + "]";
            JsonNode element = value.get(i);
            if (field.repeatOfValues()) {
                if (element == null || element.isNull() || element.isTextual() && element.asText().isBlank()) {
                    add(row, "is empty", "空の行です");
                } else {
                    value(row, field.item(), element);
                }
            } else if (element.isObject()) {
                object(row, field.fields(), element);
            } else {
                add(row, "must be an object with the row's fields", "行は項目のまとまり (オブジェクト) で指定してください");
            }
        }
    }

    private void add(String path, String english, String japanese) {
        problems.add(new FieldProblem(path, english + " / " + japanese));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }
}
