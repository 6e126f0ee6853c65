package io.minato.hub.mappings.permission;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PermissionMatrixTest {

    private static final String SHIPPED = read();

    private static String read() {
        try {
            return Files.readString(AccessPolicyExhaustiveTest.MATRIX, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Line (1-based) of the first line of the shipped file containing {@code text}. */
    private static int lineOf(String text, String in) {
        List<String> lines = in.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in the file");
    }

    private static List<PermissionProblem> problems(String text) {
        try {
            PermissionMatrix.parse("matrix.yml", text);
        } catch (InvalidPermissionMatrixException e) {
            return e.problems();
        }
        throw new AssertionError("the matrix was accepted");
    }

    @Test
    void theShippedMatrixHasEveryDocumentTypeAndBusinessTypeOnce() {
        PermissionMatrix matrix = PermissionMatrix.parse("matrix.yml", SHIPPED);
        for (DocumentType type : DocumentType.values()) {
            assertThat(matrix.row(type)).as(type.name()).containsOnlyKeys(BusinessType.values());
        }
        assertThat(PermissionMatrix.load(AccessPolicyExhaustiveTest.MATRIX.toString()).file())
                .isEqualTo(AccessPolicyExhaustiveTest.MATRIX.toString());
    }

    @Test
    void reportsAnUnknownDocumentTypeWithItsLine() {
        String text = SHIPPED.replace("  UL050:", "  UL055:");
        assertThat(problems(text)).containsExactly(
                new PermissionProblem("matrix.yml", lineOf("UL055:", text),
                        "unknown document type 'UL055' (known: UL010 … UL490, see DocumentType)"),
                new PermissionProblem("matrix.yml", lineOf("documents:", text), "no rights for document type UL050"));
    }

    @Test
    void reportsAnUnknownBusinessTypeOnTheLineOfTheList() {
        String text = SHIPPED.replaceFirst("READ: \\[OCEAN_CARRIER, COASTAL_CARRIER, SHIP_AGENT, CUSTOMS_BROKER]",
                "READ: [OCEAN_CARRIER, COASTAL_CARRIER, SHIPAGENT, CUSTOMS_BROKER]");
        List<PermissionProblem> problems = problems(text);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).line()).isEqualTo(lineOf("SHIPAGENT", text));
        assertThat(problems.get(0).text()).startsWith("UL010 READ: unknown business type 'SHIPAGENT' (known: SHIPPER, ");
        assertThat(problems.get(1)).isEqualTo(new PermissionProblem("matrix.yml", lineOf("UL010:", text),
                "UL010: no rights for SHIP_AGENT (list every business type under READ_WRITE, READ or NONE)"));
    }

    @Test
    void reportsABusinessTypeListedTwiceForOneDocument() {
        String text = SHIPPED.replaceFirst("NONE: \\[TERMINAL_OPERATOR,", "NONE: [SHIPPER, TERMINAL_OPERATOR,");
        int readWrite = lineOf("READ_WRITE: [SHIPPER, NVOCC, FORWARDER]", text);
        assertThat(problems(text)).containsExactly(new PermissionProblem("matrix.yml", readWrite + 2,
                "UL010: SHIPPER is already READ_WRITE (line " + readWrite + "); list it once"));
    }

    @Test
    void reportsADocumentTypeListedTwiceAndUnknownRights() {
        String text = SHIPPED.replace("documents:\n", """
                documents:
                  UL490:
                    READ_ONLY: [SHIPPER]
                """);
        List<PermissionProblem> problems = problems(text);
        assertThat(problems).extracting(PermissionProblem::line, PermissionProblem::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple(lineOf("READ_ONLY", text),
                        "UL490: unknown rights 'READ_ONLY' (expected READ_WRITE, READ or NONE)"),
                org.assertj.core.groups.Tuple.tuple(lineOf("UL490:", text),
                        "UL490: no rights for " + Arrays.stream(BusinessType.values()).map(Enum::name)
                                .collect(Collectors.joining(", "))
                                + " (list every business type under READ_WRITE, READ or NONE)"),
                org.assertj.core.groups.Tuple.tuple(lineOf("  UL490:  #", text),
                        "UL490 is listed twice (first on line " + lineOf("UL490:", text) + ")"));
    }

    @Test
    void acceptsAnEmptyListWrittenAsNothing() {
        String text = SHIPPED.replaceFirst("NONE: \\[REGISTERED_CONSIGNOR, REGISTERED_SCREENER, SYSTEM_VENDOR]",
                "NONE:").replaceFirst("READ: \\[OCEAN_CARRIER, COASTAL_CARRIER, SHIP_AGENT, CUSTOMS_BROKER, TERMINAL_OPERATOR, TRUCKER, WAREHOUSE]",
                "READ: [OCEAN_CARRIER, COASTAL_CARRIER, SHIP_AGENT, CUSTOMS_BROKER, TERMINAL_OPERATOR, TRUCKER, WAREHOUSE, REGISTERED_CONSIGNOR, REGISTERED_SCREENER, SYSTEM_VENDOR]");
        PermissionMatrix matrix = PermissionMatrix.parse("matrix.yml", text);
        assertThat(matrix.rights(DocumentType.UL030, BusinessType.SYSTEM_VENDOR)).isEqualTo(Rights.READ);
    }

    @Test
    void reportsAScalarWhereAListBelongsAndUnknownTopLevelKeys() {
        String text = "version: 2\ndocuments:\n  UL010:\n    READ: SHIPPER\n";
        List<PermissionProblem> problems = problems(text);
        assertThat(problems).extracting(PermissionProblem::line).containsExactly(1, 4, 3, 2);
        assertThat(problems.get(0).text()).isEqualTo("unknown key 'version' (the file holds 'documents' only)");
        assertThat(problems.get(1).text()).isEqualTo(
                "UL010 READ: expected a list of business types, e.g. [SHIPPER, FORWARDER]");
        assertThat(problems.get(3).text()).startsWith("no rights for document types UL020, UL030, ");
    }

    @Test
    void reportsYamlSyntaxErrorsWithTheirLine() {
        List<PermissionProblem> problems = problems("documents:\n  UL010:\n    READ: [SHIPPER\n  UL020: {\n");
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).line()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void reportsAMissingFile() {
        assertThatThrownBy(() -> PermissionMatrix.load("/nonexistent/matrix.yml"))
                .isInstanceOf(InvalidPermissionMatrixException.class)
                .hasMessageContaining("/nonexistent/matrix.yml: no permission matrix file");
        assertThatThrownBy(() -> PermissionMatrix.load("classpath:nowhere/matrix.yml"))
                .hasMessageContaining("classpath:nowhere/matrix.yml: no permission matrix on the classpath");
        assertThatThrownBy(() -> PermissionMatrix.parse("empty.yml", ""))
                .hasMessageContaining("empty.yml: the file is empty; expected the mapping 'documents'");
        assertThatThrownBy(() -> PermissionMatrix.parse("other.yml", "parties: []\n"))
                .hasMessageContaining("other.yml:1: unknown key 'parties'").hasMessageContaining("other.yml: no 'documents' mapping");
    }
}
