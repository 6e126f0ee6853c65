package io.minato.hub.connectors.naccs;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code businesses.yml} entry by entry, keeping each entry's line (which a tree or a list
 * binding would lose), and collects every problem rather than stopping at the first.
 */
final class BusinessRegistryReader {

    /** One entry as written; validated before it becomes a {@link NaccsBusiness}. */
    private record Entry(String code, String ja, String en, NaccsBusiness.Kind kind, String calls,
                         List<String> feeds, Boolean layout) {
    }

    private final String file;
    private final ObjectMapper yaml;
    private final List<NaccsConfigurationProblem> problems = new ArrayList<>();
    private final Map<String, NaccsBusiness> businesses = new LinkedHashMap<>();
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private Integer count;
    private int countLine;
    private int linked;

    BusinessRegistryReader(String file, ObjectMapper yaml) {
        this.file = file;
        this.yaml = yaml;
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
            entry(yaml.readValue(parser, Entry.class), line, linkedSection);
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
        return Collections.unmodifiableMap(new LinkedHashMap<>(businesses));
    }

    Map<String, Integer> lines() {
        return Map.copyOf(lines);
    }

    private static int line(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }
}
