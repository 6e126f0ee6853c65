package io.minato.hub.connectors.naccs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The strictness the shipped layout set is held to beyond what the parser needs: the parser accepts
 * bare test layouts, a deployed layout must be complete enough to show users and to trust.
 */
final class LayoutChecks {

    /** 業務コード: 3 letters, optionally 2 digits (ECR, ECR11, CYD01). */
    static final String BUSINESS_CODE = "[A-Z]{3}([0-9]{2})?";
    /** 出力情報コード: 3 letters and 4 digits (SAE0010, SAD4011). */
    static final String OUTPUT_INFORMATION_CODE = "[A-Z]{3}[0-9]{4}";

    private LayoutChecks() {
    }

    static List<NaccsConfigurationProblem> check(String fileName, NaccsLayout layout, NaccsBusinessRegistry registry) {
        List<NaccsConfigurationProblem> problems = new ArrayList<>();
        NaccsLayout.Origin origin = layout.origin();
        String code = layout.code();
        int codeLine = origin.line("@code");
        if (!fileName.equals(code + NaccsLayouts.EXTENSION)) {
            problems.add(problem(origin, codeLine, "@code " + code + " does not match the file name " + fileName
                    + ": layouts are found by file name"));
        }
        if (code.matches(BUSINESS_CODE)) {
            registered(code, codeLine, origin, registry, problems);
        } else if (!code.matches(OUTPUT_INFORMATION_CODE)) {
            problems.add(problem(origin, codeLine, "@code " + code + " is neither a business code (3 letters,"
                    + " optionally 2 digits) nor an output information code (3 letters, 4 digits)"));
        }
        NaccsLayout.Description description = layout.description();
        if (description.titleJa() == null) {
            problems.add(problem(origin, 0, "no @title-ja (業務名 shown to users)"));
        }
        if (description.titleEn() == null) {
            problems.add(problem(origin, 0, "no @title-en"));
        }
        if (description.source() == null) {
            problems.add(problem(origin, 0, "no @source: say where the item table comes from"));
        }
        Map<String, LayoutItem> byAbbreviation = new HashMap<>();
        for (LayoutItem item : layout.items()) {
            int line = origin.line(item.name());
            if (item.japaneseName() == null || item.englishName() == null) {
                problems.add(problem(origin, line, "item " + item.name()
                        + " needs display names: '| 日本語名 | English name'"));
            }
            LayoutItem first = byAbbreviation.putIfAbsent(item.abbreviation(), item);
            if (first != null) {
                problems.add(problem(origin, line, "abbreviation " + item.abbreviation() + " of " + item.name()
                        + " is already used by " + first.name() + " (line " + origin.line(first.name())
                        + "); result codes name items by abbreviation"));
            }
        }
        if (NaccsMessage.COMMON_PART_LENGTH + layout.length() > NaccsMessage.MAX_LENGTH) {
            problems.add(problem(origin, 0, "a message would be " + (NaccsMessage.COMMON_PART_LENGTH
                    + layout.length()) + " bytes, NACCS accepts at most " + NaccsMessage.MAX_LENGTH));
        }
        return problems;
    }

    private static void registered(String code, int codeLine, NaccsLayout.Origin origin,
                                   NaccsBusinessRegistry registry, List<NaccsConfigurationProblem> problems) {
        NaccsBusiness business = registry.find(code).orElse(null);
        if (business == null) {
            problems.add(problem(origin, codeLine, "business " + code + " is not in " + registry.file()));
        } else if (!business.layout()) {
            problems.add(problem(origin, codeLine, registry.file() + " line " + registry.line(code) + " says "
                    + code + " ships no layout; set layout: true there"));
        }
    }

    private static NaccsConfigurationProblem problem(NaccsLayout.Origin origin, int line, String text) {
        return new NaccsConfigurationProblem(origin.file(), line, text);
    }
}
