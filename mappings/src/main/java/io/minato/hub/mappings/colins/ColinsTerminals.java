package io.minato.hub.mappings.colins;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The consent list ({@code config/colins/terminals.yml}): every terminal the hub knows in Colins data
 * and whether it consented to the reuse of its data. A record of a terminal that did not consent is
 * dropped; one of a terminal the list does not name at all is held back until a person finds out
 * (it might not have consented), never passed on on a guess.
 */
public final class ColinsTerminals {

    /** What to do with a terminal's records. */
    public enum Consent {
        CONSENTED, NOT_CONSENTED, UNKNOWN
    }

    private static final String UN_LOCODE = "[A-Z]{2}[A-Z2-9]{3}";

    private final Map<String, ColinsTerminal> byCode;
    private final String location;

    private ColinsTerminals(Map<String, ColinsTerminal> byCode, String location) {
        this.byCode = Map.copyOf(byCode);
        this.location = location;
    }

    public Consent consent(String terminalCode) {
        ColinsTerminal terminal = byCode.get(terminalCode);
        if (terminal == null) {
            return Consent.UNKNOWN;
        }
        return terminal.consented() ? Consent.CONSENTED : Consent.NOT_CONSENTED;
    }

    public List<ColinsTerminal> all() {
        return byCode.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    /** Where the list was read from, for messages that tell a person what to edit. */
    public String location() {
        return location;
    }

    /**
     * Reads the list; every problem in it is reported at once.
     *
     * @throws InvalidColinsTerminalsException naming the location and each terminal at fault
     */
    public static ColinsTerminals read(InputStream yaml, String location) {
        JsonNode root;
        try {
            root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new InvalidColinsTerminalsException(location, List.of("not readable YAML: " + e.getMessage()));
        }
        JsonNode terminals = root == null ? null : root.get("terminals");
        if (terminals == null || !terminals.isObject() || terminals.isEmpty()) {
            throw new InvalidColinsTerminalsException(location,
                    List.of("expected a map 'terminals' of terminal code → {name, port, consent}"));
        }
        Map<String, ColinsTerminal> byCode = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = terminals.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String code = entry.getKey();
            JsonNode terminal = entry.getValue();
            String name = terminal.path("name").asText("");
            String port = terminal.path("port").asText("");
            JsonNode consent = terminal.get("consent");
            if (name.isBlank()) {
                problems.add(code + ": name is missing");
            }
            if (!port.matches(UN_LOCODE)) {
                problems.add(code + ": port '" + port + "' is not a UN/LOCODE (e.g. JPTYO)");
            }
            if (consent == null || !consent.isBoolean()) {
                // no default on purpose: passing on data without consent breaks the terms
                problems.add(code + ": consent must be true or false");
                continue;
            }
            byCode.put(code, new ColinsTerminal(code, name, port, consent.booleanValue()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidColinsTerminalsException(location, problems);
        }
        return new ColinsTerminals(byCode, location);
    }
}
