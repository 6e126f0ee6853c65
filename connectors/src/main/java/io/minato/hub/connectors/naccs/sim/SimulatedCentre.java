package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.ItemPosition;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import io.minato.hub.connectors.naccs.sim.SimulatedState.Cargo;
import io.minato.hub.connectors.naccs.sim.SimulatedState.Declaration;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What the simulated NACCS centre answers to one input message: always a processing-result notice,
 * plus the outputs of the business (see {@link NaccsSimulator} for codes and outputs). Pure apart
 * from its in-memory state: no I/O; delivery, delays and holding are {@link NaccsSimulator}'s.
 */
final class SimulatedCentre {

    static final String CONNECTION_TEST = "TCC";
    static final String RETRIEVAL = "SYG";
    static final String RETRIEVAL_LIST = "REF";

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final InputCommonPart UNREADABLE = new InputCommonPart("", "", "", "", "", "", "", "");

    /**
     * One input's answer.
     *
     * @param outputs            the notice and the business's outputs, in the order NACCS writes them
     * @param retrieved          held outputs a SYG pulled: delivered as they are, never held again
     * @param permitDeclaration  a declaration whose permit customs will give later, if any
     */
    record Answer(List<NaccsMessage> outputs, List<NaccsMessage> retrieved, Optional<String> permitDeclaration) {

        static Answer of(NaccsMessage... outputs) {
            return new Answer(List.of(outputs), List.of(), Optional.empty());
        }
    }

    private final Map<String, String> passwordsByUserId;
    private final SimLayouts layouts;
    private final ExportControlNumbers exportControlNumbers;
    private final ExportControlNumbers declarationNumbers;
    private final SimulatedState state = new SimulatedState();
    private final HeldOutputs held;
    private final Clock clock;

    SimulatedCentre(Map<String, String> passwordsByUserId, SimLayouts layouts, HeldOutputs held, Clock clock) {
        this.passwordsByUserId = Map.copyOf(passwordsByUserId);
        this.layouts = layouts;
        this.held = held;
        this.clock = clock;
        this.exportControlNumbers = new ExportControlNumbers(clock);
        this.declarationNumbers = new ExportControlNumbers(clock);
        // fail at start-up, not at the first input, when an output layout is missing
        List.of(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE, NaccsSimulator.DECLARATION_ACCEPTED_OUTPUT_CODE,
                NaccsSimulator.PERMIT_OUTPUT_CODE, NaccsSimulator.CARGO_INQUIRY_OUTPUT_CODE,
                NaccsSimulator.CONTAINER_INQUIRY_OUTPUT_CODE, NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE,
                NaccsSimulator.VESSEL_INQUIRY_OUTPUT_CODE, NaccsSimulator.PENDING_LIST_OUTPUT_CODE)
                .forEach(layouts::require);
    }

    synchronized Answer answer(byte[] raw, Charset charset) {
        NaccsMessage input;
        try {
            input = NaccsMessage.parseInput(raw, charset);
        } catch (NaccsFormatException e) {
            return Answer.of(notice(bestEffort(raw, charset), charset, List.of(ResultCode.of("A0008")), List.of()));
        }
        InputCommonPart common = (InputCommonPart) input.commonPart();
        if (!common.password().equals(passwordsByUserId.get(common.userId()))) {
            // unknown user and wrong password look the same, so user IDs cannot be probed
            return Answer.of(notice(common, charset, List.of(ResultCode.of("A0004")), List.of()));
        }
        if (!common.identifier().startsWith("Y")) {
            // identifiers for SMTP two-way begin with Y (DOMAIN.md); others are for other processing methods
            return Answer.of(notice(common, charset, List.of(ResultCode.of("A0005")), List.of()));
        }
        String businessCode = common.businessCode().strip();
        if (businessCode.equals(CONNECTION_TEST)) {
            return Answer.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of()));
        }
        Optional<NaccsLayout> layout = layouts.find(businessCode);
        if (layout.isEmpty() || !layout.get().code().equals(businessCode)) {
            return Answer.of(notice(common, charset, List.of(ResultCode.of("A0001")), List.of()));
        }
        byte[] businessPart = input.businessPart();
        if (businessPart.length != layout.get().length()) {
            return Answer.of(notice(common, charset, List.of(ResultCode.of("A0008")), List.of()));
        }
        Map<String, String> values;
        try {
            values = layout.get().decode(businessPart, charset);
        } catch (NaccsFormatException e) {
            // an item that cannot be read at all stays a single-item (S) error
            return Answer.of(notice(common, charset, List.of(itemCode("S0002", e.position())), List.of()));
        }
        List<ResultCode> missing = layout.get().missingMandatory(values).stream()
                .limit(ProcessingResult.MAX_CODES)
                .map(position -> itemCode("E0001", position))
                .toList();
        if (!missing.isEmpty()) {
            return Answer.of(notice(common, charset, missing, List.of()));
        }
        return switch (businessCode) {
            case "ECR", "ECR11" -> registerCargo(common, charset, values);
            case "EDA", "EDC" -> declare(common, charset, values);
            case "ICG" -> cargoInquiry(common, charset, values, layout.get());
            case "ICN" -> containerInquiry(common, charset, values, layout.get());
            case "IEX", "IID" -> declarationInquiry(common, charset, values, layout.get());
            case "IVK" -> vesselInquiry(common, charset, values, layout.get());
            case RETRIEVAL -> retrieve(common, charset, values, layout.get());
            default -> Answer.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of()));
        };
    }

    /** Customs permit the declaration now: the EXZ permit notice to its declarant, or empty if already permitted. */
    synchronized Optional<NaccsMessage> permit(String declarationNumber) {
        Optional<Declaration> declared = state.declaration(declarationNumber)
                .filter(declaration -> !SimulatedState.PERMITTED.equals(declaration.status()));
        if (declared.isEmpty()) {
            return Optional.empty();
        }
        Declaration permitted = declared.get().permitted(now());
        state.declare(permitted);
        Map<String, String> values = new LinkedHashMap<>();
        values.put("declarationNumber", declarationNumber);
        putIfPresent(values, "exportControlNumber", permitted.exportControlNumber());
        values.put("declarationStatus", SimulatedState.PERMITTED);
        values.put("permittedAt", TIMESTAMP.format(permitted.permittedAt()));
        return Optional.of(output(permitted.declarant(), permitted.charset(), NaccsSimulator.PERMIT_OUTPUT_CODE,
                MessageKind.P, DestinationType.Z, keys(declarationNumber, permitted.exportControlNumber()), values));
    }

    private Answer registerCargo(InputCommonPart common, Charset charset, Map<String, String> values) {
        String exportControlNumber = exportControlNumbers.next();
        state.register(new Cargo(exportControlNumber, values.get("bookingNumber"), values.get("vesselCode"),
                repeated(values, "containerNumber"), now()));
        state.vessel(values.get("vesselCode"), values.get("vesselName"));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("exportControlNumber", exportControlNumber);
        putIfPresent(out, "bookingNumber", values.get("bookingNumber"));
        putIfPresent(out, "inHouseReference", values.get("inHouseReference"));
        out.put("registeredAt", TIMESTAMP.format(now()));
        return Answer.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of(exportControlNumber)),
                output(common, charset, NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE, MessageKind.C, DestinationType.Q,
                        keys(exportControlNumber, values.get("bookingNumber")), out));
    }

    private Answer declare(InputCommonPart common, Charset charset, Map<String, String> values) {
        Optional<Declaration> known = state.declaration(values.get("declarationNumber"));
        if (known.isPresent() && SimulatedState.PERMITTED.equals(known.get().status())) {
            // declaring again what customs have permitted changes nothing (and yields no second permit)
            return Answer.of(notice(common, charset, List.of(ResultCode.NORMAL_END),
                    List.of(known.get().declarationNumber())));
        }
        String declarationNumber = known.map(Declaration::declarationNumber).orElseGet(declarationNumbers::next);
        String exportControlNumber = values.get("exportControlNumber");
        LocalDateTime at = now();
        state.declare(new Declaration(declarationNumber, exportControlNumber, SimulatedState.UNDER_REVIEW, at, null,
                common, charset));
        state.vessel(values.get("vesselCode"), values.get("vesselName"));
        Map<String, String> out = new LinkedHashMap<>();
        out.put("declarationNumber", declarationNumber);
        putIfPresent(out, "exportControlNumber", exportControlNumber);
        out.put("declarationStatus", SimulatedState.UNDER_REVIEW);
        out.put("statusAt", TIMESTAMP.format(at));
        return new Answer(List.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of(declarationNumber)),
                output(common, charset, NaccsSimulator.DECLARATION_ACCEPTED_OUTPUT_CODE, MessageKind.C,
                        DestinationType.Q, keys(declarationNumber, exportControlNumber), out)),
                List.of(), Optional.of(declarationNumber));
    }

    private Answer cargoInquiry(InputCommonPart common, Charset charset, Map<String, String> values,
                                NaccsLayout layout) {
        String exportControlNumber = values.get("exportControlNumber");
        Optional<Cargo> cargo = state.cargo(exportControlNumber);
        if (cargo.isEmpty()) {
            return notFound(common, charset, layout, "exportControlNumber");
        }
        Optional<Declaration> declaration = state.declarationOfCargo(exportControlNumber);
        Map<String, String> out = new LinkedHashMap<>();
        out.put("exportControlNumber", exportControlNumber);
        putIfPresent(out, "bookingNumber", cargo.get().bookingNumber());
        out.put("cargoStatus", declaration.map(Declaration::status).orElse(SimulatedState.REGISTERED));
        putIfPresent(out, "declarationNumber", declaration.map(Declaration::declarationNumber).orElse(null));
        putIfPresent(out, "vesselCode", cargo.get().vesselCode());
        List<String> containers = cargo.get().containers();
        IntStream.range(0, Math.min(20, containers.size()))
                .forEach(i -> out.put(NaccsLayout.key("containerNumber", i + 1), containers.get(i)));
        out.put("statusAt", TIMESTAMP.format(declaration.map(Declaration::statusAt).orElse(cargo.get().registeredAt())));
        return inquiryAnswer(common, charset, NaccsSimulator.CARGO_INQUIRY_OUTPUT_CODE, keys(exportControlNumber), out);
    }

    private Answer containerInquiry(InputCommonPart common, Charset charset, Map<String, String> values,
                                    NaccsLayout layout) {
        String container = first(values, "containerNumber");
        Optional<String> exportControlNumber = state.exportControlNumberOfContainer(container);
        if (exportControlNumber.isEmpty()) {
            return notFound(common, charset, layout, "containerNumber");
        }
        Optional<Declaration> declaration = state.declarationOfCargo(exportControlNumber.get());
        Map<String, String> out = new LinkedHashMap<>();
        out.put("containerNumber", container);
        out.put("exportControlNumber", exportControlNumber.get());
        putIfPresent(out, "declarationNumber", declaration.map(Declaration::declarationNumber).orElse(null));
        out.put("cargoStatus", declaration.map(Declaration::status).orElse(SimulatedState.REGISTERED));
        out.put("statusAt", TIMESTAMP.format(declaration.map(Declaration::statusAt)
                .orElseGet(() -> state.cargo(exportControlNumber.get()).orElseThrow().registeredAt())));
        return inquiryAnswer(common, charset, NaccsSimulator.CONTAINER_INQUIRY_OUTPUT_CODE, keys(container), out);
    }

    private Answer declarationInquiry(InputCommonPart common, Charset charset, Map<String, String> values,
                                      NaccsLayout layout) {
        Optional<Declaration> declaration = state.declaration(values.get("declarationNumber"));
        if (declaration.isEmpty()) {
            return notFound(common, charset, layout, "declarationNumber");
        }
        Map<String, String> out = new LinkedHashMap<>();
        out.put("declarationNumber", declaration.get().declarationNumber());
        putIfPresent(out, "exportControlNumber", declaration.get().exportControlNumber());
        out.put("declarationStatus", declaration.get().status());
        out.put("statusAt", TIMESTAMP.format(declaration.get().statusAt()));
        return inquiryAnswer(common, charset, NaccsSimulator.DECLARATION_INQUIRY_OUTPUT_CODE,
                keys(declaration.get().declarationNumber(), declaration.get().exportControlNumber()), out);
    }

    private Answer vesselInquiry(InputCommonPart common, Charset charset, Map<String, String> values,
                                 NaccsLayout layout) {
        String vesselCode = values.get("vesselCode");
        Optional<String> name = state.vesselName(vesselCode);
        if (name.isEmpty()) {
            return notFound(common, charset, layout, "vesselCode");
        }
        return inquiryAnswer(common, charset, NaccsSimulator.VESSEL_INQUIRY_OUTPUT_CODE, keys(vesselCode),
                Map.of("vesselCode", vesselCode, "vesselName", name.get()));
    }

    /** SYG: {@code REF} lists what is held for the user; an output information code (or ALL) pulls it. */
    private Answer retrieve(InputCommonPart common, Charset charset, Map<String, String> values, NaccsLayout layout) {
        String what = values.get(layout.items().get(0).name());
        if (RETRIEVAL_LIST.equals(what)) {
            Map<String, Integer> counts = held.counts(common.userCode());
            Map<String, String> out = new LinkedHashMap<>();
            out.put("pendingKinds", Integer.toString(counts.size()));
            int[] slot = {0};
            counts.forEach((code, count) -> {
                if (++slot[0] <= 20) {
                    out.put(NaccsLayout.key("outputInfoCode", slot[0]), code);
                    out.put(NaccsLayout.key("pendingCount", slot[0]), Integer.toString(count));
                }
            });
            return inquiryAnswer(common, charset, NaccsSimulator.PENDING_LIST_OUTPUT_CODE, "", out);
        }
        List<NaccsMessage> retrieved = held.take(common.userCode(), what);
        return new Answer(List.of(notice(common, charset, List.of(ResultCode.NORMAL_END),
                List.of(Integer.toString(retrieved.size())))), retrieved, Optional.empty());
    }

    private Answer inquiryAnswer(InputCommonPart common, Charset charset, String outputCode, String subject,
                                 Map<String, String> values) {
        return Answer.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of()),
                output(common, charset, outputCode, MessageKind.M, DestinationType.Q, subject, values));
    }

    private Answer notFound(InputCommonPart common, Charset charset, NaccsLayout layout, String itemName) {
        String abbreviation = layout.items().stream().filter(item -> item.name().equals(itemName)).findFirst()
                .map(item -> item.abbreviation()).orElse("0000");
        return Answer.of(notice(common, charset, List.of(new ResultCode("E0002", abbreviation, 0)), List.of()));
    }

    private NaccsMessage notice(InputCommonPart input, Charset charset, List<ResultCode> codes, List<String> keys) {
        ProcessingResult result = new ProcessingResult(codes, keys);
        String outputInfoCode = (result.isNormalEnd() ? "*S" : "*A") + input.businessCode().strip();
        return new NaccsMessage(common(input, outputInfoCode, MessageKind.R, DestinationType.Q, String.join(" ", keys)),
                result.toBusinessPart(charset), charset);
    }

    private NaccsMessage output(InputCommonPart input, Charset charset, String outputCode, MessageKind kind,
                                DestinationType destination, String subject, Map<String, String> values) {
        return new NaccsMessage(common(input, outputCode, kind, destination, subject),
                layouts.require(outputCode).encode(values, charset), charset);
    }

    private OutputCommonPart common(InputCommonPart input, String outputInfoCode, MessageKind kind,
                                    DestinationType destination, String subject) {
        return new OutputCommonPart(input.businessCode(), outputInfoCode, now(), input.userCode(), "", subject,
                input.handOverInfo(), 1, true, kind, input.inputIdNumber(), input.indexHandOverInfo(), destination, 0);
    }

    /** Seconds, as the common part's reception date-time has. */
    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private static String keys(String... keys) {
        List<String> present = new ArrayList<>();
        for (String key : keys) {
            if (key != null && !key.isBlank()) {
                present.add(key);
            }
        }
        return String.join(" ", present);
    }

    /** Every non-blank value of an item, whether it repeats ({@code name[n]}) or not. */
    private static List<String> repeated(Map<String, String> values, String name) {
        return values.entrySet().stream()
                .filter(entry -> entry.getKey().equals(name) || entry.getKey().startsWith(name + "["))
                .map(Map.Entry::getValue)
                .toList();
    }

    private static String first(Map<String, String> values, String name) {
        return values.getOrDefault(name, values.get(NaccsLayout.key(name, 1)));
    }

    private static ResultCode itemCode(String code, ItemPosition position) {
        return new ResultCode(code, position.abbreviation(), position.repeat());
    }

    private static void putIfPresent(Map<String, String> values, String key, String value) {
        if (value != null && !value.isBlank()) {
            values.put(key, value);
        }
    }

    /** Whatever can be echoed from an input too broken to parse, so the hub can still correlate. */
    private static InputCommonPart bestEffort(byte[] raw, Charset charset) {
        try {
            return InputCommonPart.decode(raw, charset);
        } catch (NaccsFormatException e) {
            return UNREADABLE;
        }
    }
}
