package io.minato.hub.mappings.party;

import java.util.List;

/**
 * Company legal forms and the one spelling a name key uses for each. The Japanese kabushiki kaisha
 * is written 株式会社, (株), K.K., Kabushiki Kaisha or, in English, Co., Ltd.: all are "co ltd".
 */
final class LegalForms {

    /** A legal form: the canonical words, its Latin spellings as word sequences, its Japanese spelling. */
    private record Form(String canonical, List<List<String>> latin, String japanese) {
    }

    /** Longest spellings first, so "pte ltd" is not read as "ltd" after a name ending in "pte". */
    private static final List<Form> FORMS = List.of(
            new Form("co ltd", List.of(
                    List.of("company", "limited"), List.of("company", "ltd"), List.of("co", "limited"),
                    List.of("co", "ltd"), List.of("coltd"), List.of("kabushiki", "kaisha"),
                    List.of("kabushikikaisha"), List.of("kabushiki", "gaisha"), List.of("kk")), "株式会社"),
            new Form("pte ltd", List.of(
                    List.of("private", "limited"), List.of("pte", "limited"), List.of("pte", "ltd")), null),
            new Form("yk", List.of(List.of("yugen", "kaisha"), List.of("yugen", "gaisha"), List.of("yk")), "有限会社"),
            new Form("llc", List.of(List.of("godo", "kaisha"), List.of("godo", "gaisha"), List.of("llc"), List.of("gk")),
                    "合同会社"),
            new Form("ltd", List.of(List.of("limited"), List.of("ltd")), null),
            new Form("inc", List.of(List.of("incorporated"), List.of("inc")), null),
            new Form("corp", List.of(List.of("corporation"), List.of("corp")), null));

    private LegalForms() {
    }

    /**
     * The name with its legal form moved to the end in canonical words; unchanged when it has none
     * or is nothing but a legal form.
     *
     * @param name words separated by single spaces, Japanese without spaces
     */
    static String canonical(String name) {
        for (Form form : FORMS) {
            if (form.japanese() != null) {
                String bare = withoutJapanese(name, form.japanese());
                if (bare != null) {
                    return bare + " " + form.canonical();
                }
            }
            for (List<String> spelling : form.latin()) {
                String suffix = " " + String.join(" ", spelling);
                if (name.endsWith(suffix)) {
                    return name.substring(0, name.length() - suffix.length()) + " " + form.canonical();
                }
            }
        }
        return name;
    }

    /** The name without the Japanese form in front (前株) or behind (後株); null when it has neither. */
    private static String withoutJapanese(String name, String form) {
        String bare = null;
        if (name.startsWith(form)) {
            bare = name.substring(form.length());
        } else if (name.endsWith(form)) {
            bare = name.substring(0, name.length() - form.length());
        }
        return bare == null || bare.isBlank() ? null : bare.strip();
    }
}
