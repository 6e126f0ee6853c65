package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The default rights (標準の権限) of every business type on every document type, read from
 * {@code config/permissions/matrix.yml}. Data, so that an operator adapts it without a build; complete
 * by construction: loading fails unless every document type × business type has exactly one value.
 */
public final class PermissionMatrix {

    public static final String DEFAULT_LOCATION = "classpath:permissions/matrix.yml";
    private static final String CLASSPATH = "classpath:";
    private static final YAMLFactory YAML = new YAMLFactory();

    private final String file;
    private final Map<DocumentType, Map<BusinessType, Rights>> cells;

    private PermissionMatrix(String file, Map<DocumentType, Map<BusinessType, Rights>> cells) {
        this.file = file;
        Map<DocumentType, Map<BusinessType, Rights>> copy = new EnumMap<>(DocumentType.class);
        cells.forEach((type, row) -> copy.put(type, Collections.unmodifiableMap(new EnumMap<>(row))));
        this.cells = Collections.unmodifiableMap(copy);
    }

    /** {@code classpath:permissions/matrix.yml} or a file path; null or blank → the default. */
    public static PermissionMatrix load(String location) {
        String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        return parse(where, read(where));
    }

    /**
     * Reads and validates a matrix.
     *
     * @param file what to call the text in error messages
     * @throws InvalidPermissionMatrixException listing every problem with its line
     */
    public static PermissionMatrix parse(String file, String text) {
        MatrixReader reader = new MatrixReader(file);
        try (JsonParser parser = YAML.createParser(text)) {
            reader.read(parser);
        } catch (JsonProcessingException e) {
            // the parser cannot go on after a syntax error: report it with what was found so far
            reader.problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<PermissionProblem> problems = reader.check();
        if (!problems.isEmpty()) {
            throw new InvalidPermissionMatrixException(problems);
        }
        return new PermissionMatrix(file, reader.cells());
    }

    /** The default rights of a business type on a document type. */
    public Rights rights(DocumentType type, BusinessType businessType) {
        return cells.get(type).get(businessType);
    }

    /** One document type's row: every business type with its default rights. */
    public Map<BusinessType, Rights> row(DocumentType type) {
        return cells.get(type);
    }

    /** Where the matrix was read from. */
    public String file() {
        return file;
    }

    private static String read(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = (loader != null ? loader : PermissionMatrix.class.getClassLoader())
                        .getResourceAsStream(resource)) {
                    if (in == null) {
                        throw missing(location, "no permission matrix on the classpath");
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw missing(location, "no permission matrix file");
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read permission matrix " + location, e);
        }
    }

    private static InvalidPermissionMatrixException missing(String location, String text) {
        return new InvalidPermissionMatrixException(List.of(new PermissionProblem(location, 0, text)));
    }

    @Override
    public String toString() {
        return "PermissionMatrix[" + file + "]";
    }
}
