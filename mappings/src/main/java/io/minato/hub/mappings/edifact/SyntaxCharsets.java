package io.minato.hub.mappings.edifact;

import java.util.Map;
import java.util.Optional;

/**
 * The Java charset each UN/EDIFACT syntax identifier (UNB 0001) implies, per ISO 9735 part 1
 * annex. UNOX is ISO 2022 with escape sequences; in Japanese trade it carries JIS X 0208 text as
 * ISO-2022-JP, which is what we read it as (a partner meaning another ISO 2022 variant needs a
 * charset override in its profile).
 */
final class SyntaxCharsets {

    private static final Map<String, String> CHARSETS = Map.ofEntries(
            Map.entry("UNOA", "US-ASCII"),
            Map.entry("UNOB", "US-ASCII"),
            Map.entry("UNOC", "ISO-8859-1"),
            Map.entry("UNOD", "ISO-8859-2"),
            Map.entry("UNOE", "ISO-8859-5"),
            Map.entry("UNOF", "ISO-8859-7"),
            Map.entry("UNOG", "ISO-8859-3"),
            Map.entry("UNOH", "ISO-8859-4"),
            Map.entry("UNOI", "ISO-8859-6"),
            Map.entry("UNOJ", "ISO-8859-8"),
            Map.entry("UNOK", "ISO-8859-9"),
            Map.entry("UNOW", "UTF-8"),
            Map.entry("UNOX", "ISO-2022-JP"),
            Map.entry("UNOY", "UTF-8"));

    private SyntaxCharsets() {
    }

    static Optional<String> forSyntaxIdentifier(String syntaxIdentifier) {
        return Optional.ofNullable(syntaxIdentifier == null ? null : CHARSETS.get(syntaxIdentifier));
    }
}
