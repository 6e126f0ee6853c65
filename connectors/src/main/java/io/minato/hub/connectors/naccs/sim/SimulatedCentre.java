package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.InputCommonPart;
import io.minato.hub.connectors.naccs.ItemPosition;
import io.minato.hub.connectors.naccs.NaccsFormatException;
import io.minato.hub.connectors.naccs.NaccsLayout;
import io.minato.hub.connectors.naccs.NaccsLayouts;
import io.minato.hub.connectors.naccs.NaccsMessage;
import io.minato.hub.connectors.naccs.OutputCommonPart;
import io.minato.hub.connectors.naccs.OutputCommonPart.DestinationType;
import io.minato.hub.connectors.naccs.OutputCommonPart.MessageKind;
import io.minato.hub.connectors.naccs.ProcessingResult;
import io.minato.hub.connectors.naccs.ResultCode;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the simulated NACCS centre answers to one input message: always a processing-result notice,
 * and for a registered ECR an output with the export control number. Pure: no I/O.
 * The codes are listed in {@link NaccsSimulator}.
 */
final class SimulatedCentre {

    static final String ECR = "ECR";
    static final String CONNECTION_TEST = "TCC";

    private static final DateTimeFormatter REGISTERED_AT = DateTimeFormatter.ofPattern("uuuuMMddHHmmss");
    private static final InputCommonPart UNREADABLE = new InputCommonPart("", "", "", "", "", "", "", "");

    private final Map<String, String> passwordsByUserId;
    private final NaccsLayouts layouts;
    private final NaccsLayout ecrOutputLayout;
    private final ExportControlNumbers exportControlNumbers;
    private final Clock clock;

    SimulatedCentre(Map<String, String> passwordsByUserId, NaccsLayouts layouts, Clock clock) {
        this.passwordsByUserId = Map.copyOf(passwordsByUserId);
        this.layouts = layouts;
        this.clock = clock;
        this.exportControlNumbers = new ExportControlNumbers(clock);
        this.ecrOutputLayout = layouts.find(NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE).orElseThrow(() ->
                new IllegalStateException("no layout " + NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE + " in " + layouts));
    }

    List<NaccsMessage> answer(byte[] raw, Charset charset) {
        NaccsMessage input;
        try {
            input = NaccsMessage.parseInput(raw, charset);
        } catch (NaccsFormatException e) {
            return List.of(notice(bestEffort(raw, charset), charset, List.of(ResultCode.of("A0008")), List.of()));
        }
        InputCommonPart common = (InputCommonPart) input.commonPart();
        if (!common.password().equals(passwordsByUserId.get(common.userId()))) {
            // unknown user and wrong password look the same, so user IDs cannot be probed
            return List.of(notice(common, charset, List.of(ResultCode.of("A0004")), List.of()));
        }
        String businessCode = common.businessCode().strip();
        if (businessCode.equals(CONNECTION_TEST)) {
            return List.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of()));
        }
        Optional<NaccsLayout> layout = layouts.find(businessCode);
        if (layout.isEmpty() || !layout.get().code().equals(businessCode)) {
            return List.of(notice(common, charset, List.of(ResultCode.of("A0001")), List.of()));
        }
        byte[] businessPart = input.businessPart();
        if (businessPart.length != layout.get().length()) {
            return List.of(notice(common, charset, List.of(ResultCode.of("A0008")), List.of()));
        }
        Map<String, String> values;
        try {
            values = layout.get().decode(businessPart, charset);
        } catch (NaccsFormatException e) {
            return List.of(notice(common, charset, List.of(itemCode("S0002", e.position())), List.of()));
        }
        List<ResultCode> missing = layout.get().missingMandatory(values).stream()
                .limit(ProcessingResult.MAX_CODES)
                .map(position -> itemCode("S0001", position))
                .toList();
        if (!missing.isEmpty()) {
            return List.of(notice(common, charset, missing, List.of()));
        }
        if (!businessCode.equals(ECR)) {
            return List.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of()));
        }
        String exportControlNumber = exportControlNumbers.next();
        return List.of(notice(common, charset, List.of(ResultCode.NORMAL_END), List.of(exportControlNumber)),
                ecrRegistered(common, charset, exportControlNumber, values));
    }

    private NaccsMessage notice(InputCommonPart input, Charset charset, List<ResultCode> codes, List<String> keys) {
        ProcessingResult result = new ProcessingResult(codes, keys);
        String outputInfoCode = (result.isNormalEnd() ? "*S" : "*A") + input.businessCode().strip();
        return new NaccsMessage(output(input, outputInfoCode, MessageKind.R, String.join(" ", keys)),
                result.toBusinessPart(charset), charset);
    }

    private NaccsMessage ecrRegistered(InputCommonPart input, Charset charset, String exportControlNumber,
                                       Map<String, String> ecr) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("exportControlNumber", exportControlNumber);
        putIfPresent(values, "bookingNumber", ecr.get("bookingNumber"));
        putIfPresent(values, "inHouseReference", ecr.get("inHouseReference"));
        values.put("registeredAt", REGISTERED_AT.format(LocalDateTime.now(clock)));
        List<String> keys = new ArrayList<>(List.of(exportControlNumber));
        if (ecr.get("bookingNumber") != null) {
            keys.add(ecr.get("bookingNumber"));
        }
        return new NaccsMessage(output(input, NaccsSimulator.ECR_REGISTERED_OUTPUT_CODE, MessageKind.C,
                String.join(" ", keys)), ecrOutputLayout.encode(values, charset), charset);
    }

    private OutputCommonPart output(InputCommonPart input, String outputInfoCode, MessageKind kind, String subject) {
        return new OutputCommonPart(input.businessCode(), outputInfoCode, LocalDateTime.now(clock),
                input.userCode(), "", subject, input.handOverInfo(), 1, true, kind, input.inputIdNumber(),
                input.indexHandOverInfo(), DestinationType.Q, 0);
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
