package io.minato.hub.connectors.naccs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The NACCS businesses the hub knows, read from {@code naccs/businesses.yml}: the codes Cyber Port links
 * to NACCS (82 as of March 2022) and the gateway's own. Data, so that a changed list needs no build.
 * Everything wrong with the file is reported at once, each problem with its line.
 */
public final class NaccsBusinessRegistry {

    public static final String DEFAULT_LOCATION = "classpath:naccs/businesses.yml";
    private static final String CLASSPATH = "classpath:";
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .build();

    private final String file;
    private final Map<String, NaccsBusiness> businesses;
    private final Map<String, Integer> lines;

    private NaccsBusinessRegistry(String file, Map<String, NaccsBusiness> businesses, Map<String, Integer> lines) {
        this.file = file;
        this.businesses = businesses;
        this.lines = lines;
    }

    /** {@code classpath:naccs/businesses.yml} or a file path; null or blank → the default. */
    public static NaccsBusinessRegistry load(String location) {
        String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        return parse(where, read(where));
    }

    /**
     * Reads and validates a registry.
     *
     * @throws InvalidNaccsConfigurationException listing every problem with its line
     */
    public static NaccsBusinessRegistry parse(String file, String text) {
        BusinessRegistryReader reader = new BusinessRegistryReader(file, YAML);
        try (JsonParser parser = YAML.createParser(text)) {
            reader.read(parser);
        } catch (JsonProcessingException e) {
            // a syntax or type error leaves the parser mid-document: report it and what was found so far
            reader.problem(e.getLocation() == null ? 0 : e.getLocation().getLineNr(), e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        List<NaccsConfigurationProblem> problems = reader.check();
        if (!problems.isEmpty()) {
            throw new InvalidNaccsConfigurationException(problems);
        }
        return new NaccsBusinessRegistry(file, reader.businesses(), reader.lines());
    }

    public Optional<NaccsBusiness> find(String code) {
        return Optional.ofNullable(businesses.get(code == null ? "" : code.strip()));
    }

    /** All businesses, linked ones first, in file order. */
    public List<NaccsBusiness> all() {
        return List.copyOf(businesses.values());
    }

    /** The codes Cyber Port links to NACCS. */
    public List<NaccsBusiness> linked() {
        return businesses.values().stream().filter(NaccsBusiness::linked).toList();
    }

    /** Businesses that state a layout file ships for them. */
    public List<NaccsBusiness> withLayout() {
        return businesses.values().stream().filter(NaccsBusiness::layout).toList();
    }

    public String file() {
        return file;
    }

    /** Line of a business's entry, 0 if unknown. */
    int line(String code) {
        return lines.getOrDefault(code, 0);
    }

    private static String read(String location) {
        try {
            if (location.startsWith(CLASSPATH)) {
                String resource = location.substring(CLASSPATH.length());
                ClassLoader loader = Thread.currentThread().getContextClassLoader();
                try (InputStream in = (loader != null ? loader : NaccsBusinessRegistry.class.getClassLoader())
                        .getResourceAsStream(resource)) {
                    if (in == null) {
                        throw new InvalidNaccsConfigurationException(List.of(new NaccsConfigurationProblem(
                                location, 0, "no NACCS business registry on the classpath")));
                    }
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
            Path path = Path.of(location);
            if (!Files.isRegularFile(path)) {
                throw new InvalidNaccsConfigurationException(List.of(new NaccsConfigurationProblem(
                        location, 0, "no NACCS business registry file")));
            }
            return Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NACCS business registry " + location, e);
        }
    }

    @Override
    public String toString() {
        return "NaccsBusinessRegistry[" + file + ", " + businesses.size() + " businesses]";
    }
}
