package io.minato.hub.connectors.naccs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Result codes (処理結果コード) in Japanese and English, from {@code naccs/result-codes.yml} (config
 * module): a listed code by its own text, any other by its class (first letter), plus the item it
 * names, resolved through the layout of the business that was input. Data, so the licensed code
 * tables can be added without a build.
 */
public final class ResultCodeCatalog {

    public static final String DEFAULT_LOCATION = "classpath:naccs/result-codes.yml";

    private record Text(String ja, String en) {
    }

    private final Map<String, Text> classes;
    private final Map<String, Text> codes;

    private ResultCodeCatalog(Map<String, Text> classes, Map<String, Text> codes) {
        this.classes = classes;
        this.codes = codes;
    }

    /** {@code classpath:…} or a file path; a missing or malformed file stops the start-up. */
    public static ResultCodeCatalog load(String location) {
        String where = location == null || location.isBlank() ? DEFAULT_LOCATION : location.strip();
        try (InputStream in = open(where)) {
            Object tree = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (!(tree instanceof Map<?, ?> root)) {
                throw new IllegalArgumentException(where + ": expected 'classes' and 'codes' maps");
            }
            return new ResultCodeCatalog(texts(where, root.get("classes")), texts(where, root.get("codes")));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read NACCS result codes " + where, e);
        }
    }

    /** Words for one code; {@code layout} is the business's input layout, for the item's names. */
    public ResultMessage describe(ResultCode code, Optional<NaccsLayout> layout) {
        Text own = codes.get(code.code());
        Text text = own != null ? own : classes.getOrDefault(String.valueOf(code.resultClass()),
                new Text("不明な区分のエラー", "Error of an unknown class"));
        String ja = own != null ? code.code() + " " + text.ja() : text.ja() + "（" + code.code() + "）";
        String en = own != null ? code.code() + " " + text.en() : text.en() + " (" + code.code() + ")";
        String item = code.item();
        if (item != null) {
            Optional<LayoutItem> named = layout.flatMap(l -> l.items().stream()
                    .filter(candidate -> candidate.abbreviation().strip().equals(item)).findFirst());
            String repeatJa = code.repeatPosition() > 0 ? "（" + code.repeatPosition() + "番目）" : "";
            String repeatEn = code.repeatPosition() > 0 ? " #" + code.repeatPosition() : "";
            ja += ": " + named.map(i -> orName(i.japaneseName(), i) + " (" + item + ")").orElse("項目 " + item) + repeatJa;
            en += ": " + named.map(i -> orName(i.englishName(), i) + " (" + item + ")").orElse("item " + item) + repeatEn;
        }
        return new ResultMessage(code.toString(), own != null, ja, en);
    }

    public List<ResultMessage> describe(List<ResultCode> codes, Optional<NaccsLayout> layout) {
        return codes.stream().map(code -> describe(code, layout)).toList();
    }

    private static String orName(String name, LayoutItem item) {
        return name != null ? name : item.name();
    }

    private static Map<String, Text> texts(String where, Object node) {
        if (!(node instanceof Map<?, ?> map)) {
            throw new IllegalArgumentException(where + ": 'classes' and 'codes' must be maps");
        }
        Map<String, Text> texts = new java.util.HashMap<>();
        map.forEach((key, value) -> {
            if (!(value instanceof Map<?, ?> words) || !(words.get("ja") instanceof String ja)
                    || !(words.get("en") instanceof String en)) {
                throw new IllegalArgumentException(where + ": " + key + " needs 'ja' and 'en' texts");
            }
            texts.put(String.valueOf(key), new Text(ja, en));
        });
        return Map.copyOf(texts);
    }

    private static InputStream open(String where) throws IOException {
        if (where.startsWith("classpath:")) {
            String resource = where.substring("classpath:".length());
            ClassLoader loader = Thread.currentThread().getContextClassLoader();
            InputStream in = (loader != null ? loader : ResultCodeCatalog.class.getClassLoader())
                    .getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalArgumentException("no NACCS result codes on the classpath at " + resource);
            }
            return in;
        }
        return Files.newInputStream(Path.of(where));
    }
}
