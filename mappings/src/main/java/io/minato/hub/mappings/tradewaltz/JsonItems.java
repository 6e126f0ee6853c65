package io.minato.hub.mappings.tradewaltz;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Reads items of a JSON payload and collects what is wrong with each, named by its JSON path
 * ({@code $.request.goods[0].packages}): a missing required item, a wrong type, a bad date. A read that
 * fails answers null and the problem is kept, so one pass names every problem of a request.
 */
final class JsonItems {

    private final List<String> problems = new ArrayList<>();

    List<String> problems() {
        return List.copyOf(problems);
    }

    void problem(String path, String what) {
        problems.add(path + ": " + what);
    }

    boolean present(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && !node.isNull() && !(node.isTextual() && node.asText().isBlank());
    }

    /** An object item; a required one that is absent is a problem. */
    JsonNode object(JsonNode parent, String path, String name, boolean required) {
        if (!present(parent, name)) {
            missing(path, name, required);
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isObject()) {
            problem(path + "." + name, "must be an object, not " + type(node));
            return null;
        }
        return node;
    }

    String text(JsonNode parent, String path, String name, boolean required) {
        if (!present(parent, name)) {
            missing(path, name, required);
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isTextual()) {
            problem(path + "." + name, "must be text, not " + type(node));
            return null;
        }
        return node.asText().strip();
    }

    /** A whole number of at least {@code min}. */
    Integer integer(JsonNode parent, String path, String name, boolean required, int min) {
        if (!present(parent, name)) {
            missing(path, name, required);
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            problem(path + "." + name, "must be a whole number, not " + type(node));
            return null;
        }
        if (node.asInt() < min) {
            problem(path + "." + name, "must be at least " + min + ", not " + node.asInt());
            return null;
        }
        return node.asInt();
    }

    /** A number greater than 0 ({@code positive}) or at least 0. */
    BigDecimal decimal(JsonNode parent, String path, String name, boolean required, boolean positive) {
        if (!present(parent, name)) {
            missing(path, name, required);
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isNumber()) {
            problem(path + "." + name, "must be a number, not " + type(node));
            return null;
        }
        BigDecimal value = node.decimalValue();
        if (positive ? value.signum() <= 0 : value.signum() < 0) {
            problem(path + "." + name, "must be " + (positive ? "greater than 0" : "at least 0") + ", not " + value);
            return null;
        }
        return value;
    }

    Boolean bool(JsonNode parent, String path, String name) {
        if (!present(parent, name)) {
            return null;
        }
        JsonNode node = parent.get(name);
        if (!node.isBoolean()) {
            problem(path + "." + name, "must be true or false, not " + type(node));
            return null;
        }
        return node.asBoolean();
    }

    LocalDate date(JsonNode parent, String path, String name, boolean required) {
        return parsed(parent, path, name, required, LocalDate::parse, "a date like 2026-06-01");
    }

    OffsetDateTime dateTime(JsonNode parent, String path, String name, boolean required) {
        return parsed(parent, path, name, required, OffsetDateTime::parse,
                "a date-time with offset like 2026-06-01T09:30:00+09:00");
    }

    <E extends Enum<E>> E enumeration(JsonNode parent, String path, String name, Class<E> type) {
        String text = text(parent, path, name, true);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            problem(path + "." + name, "'" + text + "' is not one of " + List.of(type.getEnumConstants()));
            return null;
        }
    }

    /** Text items of an array; absent answers empty. */
    List<String> texts(JsonNode parent, String path, String name) {
        if (!present(parent, name)) {
            return List.of();
        }
        JsonNode node = parent.get(name);
        if (!node.isArray()) {
            problem(path + "." + name, "must be an array of text, not " + type(node));
            return List.of();
        }
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            if (node.get(i).isTextual()) {
                texts.add(node.get(i).asText().strip());
            } else {
                problem(path + "." + name + "[" + i + "]", "must be text, not " + type(node.get(i)));
            }
        }
        return texts;
    }

    private <T> T parsed(JsonNode parent, String path, String name, boolean required, Function<String, T> parse,
                         String expected) {
        String text = text(parent, path, name, required);
        if (text == null) {
            return null;
        }
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            problem(path + "." + name, "'" + text + "' is not " + expected);
            return null;
        }
    }

    private void missing(String path, String name, boolean required) {
        if (required) {
            problem(path + "." + name, "is required but missing");
        }
    }

    static String type(JsonNode node) {
        return switch (node.getNodeType()) {
            case STRING -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "a boolean";
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
