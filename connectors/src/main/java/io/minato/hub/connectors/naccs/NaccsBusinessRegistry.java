package io.minato.hub.connectors.naccs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
        RegistryReader reader = new RegistryReader(file);
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

    /** Reads entry by entry to keep each entry's line, which a tree or a list binding would lose. */
    private static final class RegistryReader {

        /** One entry as written; validated before it becomes a {@link NaccsBusiness}. */
        private record Entry(String code, String ja, String en, NaccsBusiness.Kind kind, String calls,
                             List<String> feeds, Boolean layout) {
        }

        private final String file;
        private final List<NaccsConfigurationProblem> problems = new ArrayList<>();
        private final Map<String, NaccsBusiness> businesses = new LinkedHashMap<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private Integer count;
        private int countLine;
        private int linked;

        RegistryReader(String file) {
            this.file = file;
        }

        void read(JsonParser parser) throws IOException {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                problem(line(parser), "expected a mapping with count, businesses and gateway");
                return;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                int line = line(parser);
                parser.nextToken();
                switch (field) {
                    case "source" -> parser.skipChildren();
                    case "count" -> {
                        count = parser.getValueAsInt(-1);
                        countLine = line;
                    }
                    case "businesses" -> section(parser, true);
                    case "gateway" -> section(parser, false);
                    default -> {
                        problem(line, "unknown key '" + field + "' (expected source, count, businesses, gateway)");
                        parser.skipChildren();
                    }
                }
            }
        }

        private void section(JsonParser parser, boolean linkedSection) throws IOException {
            if (parser.currentToken() != JsonToken.START_ARRAY) {
                problem(line(parser), "expected a list of businesses");
                parser.skipChildren();
                return;
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                int line = line(parser);
                entry(YAML.readValue(parser, Entry.class), line, linkedSection);
            }
        }

        private void entry(Entry entry, int line, boolean linkedSection) {
            if (linkedSection) {
                linked++;
            }
            String code = entry.code();
            if (code == null || !code.matches("[A-Z]{3}([0-9]{2})?")) {
                problem(line, "code '" + code + "' is not a business code (3 letters, optionally 2 digits)");
                return;
            }
            if (lines.containsKey(code)) {
                problem(line, code + " is listed twice (first on line " + lines.get(code) + ")");
                return;
            }
            lines.put(code, line);
            String where = code + ": ";
            if (entry.ja() == null || entry.ja().isBlank() || entry.en() == null || entry.en().isBlank()) {
                problem(line, where + "needs a Japanese (ja) and an English (en) name");
            }
            if (entry.kind() == null) {
                problem(line, where + "needs a kind");
                return;
            }
            if (linkedSection == (entry.kind() == NaccsBusiness.Kind.SYSTEM)) {
                problem(line, where + (linkedSection ? "kind SYSTEM belongs in the gateway section"
                        : "the gateway section holds kind SYSTEM only"));
            }
            if (code.matches("[A-Z]{3}1[12]") && entry.kind() != NaccsBusiness.Kind.CALL_UP) {
                problem(line, where + "codes ending in 11 or 12 are call-ups (kind CALL_UP), not " + entry.kind());
            }
            if ((entry.kind() == NaccsBusiness.Kind.CALL_UP) != (entry.calls() != null)) {
                problem(line, where + (entry.calls() == null ? "a call-up names the business it calls up (calls)"
                        : "only a call-up names a business in calls"));
            }
            List<String> feeds = entry.feeds() == null ? List.of() : entry.feeds();
            feeds.stream().filter(feed -> feed == null || !feed.matches("UL\\d{3}")).forEach(feed ->
                    problem(line, where + "feeds lists '" + feed + "', not a document type code like UL040"));
            if (entry.layout() == null) {
                problem(line, where + "say whether a layout ships (layout: true or false)");
            }
            businesses.put(code, new NaccsBusiness(code, entry.ja(), entry.en(), entry.kind(), entry.calls(),
                    feeds, Boolean.TRUE.equals(entry.layout()), linkedSection));
        }

        List<NaccsConfigurationProblem> check() {
            for (NaccsBusiness business : businesses.values()) {
                String called = business.callsUp();
                if (called == null) {
                    continue;
                }
                NaccsBusiness target = businesses.get(called);
                if (target == null || target.kind() == NaccsBusiness.Kind.CALL_UP) {
                    problem(lines.get(business.code()), business.code() + ": calls " + called
                            + ", which is not a registered business other than a call-up");
                }
            }
            if (count == null) {
                problem(0, "count (how many linked codes the businesses section lists) is missing");
            } else if (count != linked) {
                problem(countLine, "count says " + count + " linked codes but businesses lists " + linked);
            }
            return List.copyOf(problems);
        }

        void problem(int line, String text) {
            problems.add(new NaccsConfigurationProblem(file, line, text));
        }

        Map<String, NaccsBusiness> businesses() {
            return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(businesses));
        }

        Map<String, Integer> lines() {
            return Map.copyOf(lines);
        }

        private static int line(JsonParser parser) {
            return parser.currentTokenLocation().getLineNr();
        }
    }
}
