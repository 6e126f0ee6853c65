package io.minato.hub.connectors.naccs.sim;

import io.minato.hub.connectors.naccs.InputCommonPart;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the simulated centre remembers, so inquiries answer from what was registered: cargo by
 * export control number (ECR), declarations by declaration number (EDA/EDC), containers and
 * vessels named in those inputs. In memory, for one simulator run.
 */
final class SimulatedState {

    /** Status words the simulator uses in its outputs (its own choice). */
    static final String REGISTERED = "REGISTERED";
    static final String UNDER_REVIEW = "UNDER_REVIEW";
    static final String PERMITTED = "PERMITTED";

    /** 輸出管理番号 registered by ECR. */
    record Cargo(String exportControlNumber, String bookingNumber, String vesselCode, List<String> containers,
                 LocalDateTime registeredAt) {
    }

    /**
     * A declaration and who declared it: the permit notice goes back to that input (EXZ).
     */
    record Declaration(String declarationNumber, String exportControlNumber, String status, LocalDateTime statusAt,
                       LocalDateTime permittedAt, InputCommonPart declarant, java.nio.charset.Charset charset) {

        Declaration permitted(LocalDateTime at) {
            return new Declaration(declarationNumber, exportControlNumber, PERMITTED, at, at, declarant, charset);
        }
    }

    private final Map<String, Cargo> cargo = new ConcurrentHashMap<>();
    private final Map<String, Declaration> declarations = new ConcurrentHashMap<>();
    private final Map<String, String> exportControlNumberByContainer = new ConcurrentHashMap<>();
    private final Map<String, String> declarationByExportControlNumber = new ConcurrentHashMap<>();
    private final Map<String, String> vesselNames = new ConcurrentHashMap<>();

    void register(Cargo registered) {
        cargo.put(registered.exportControlNumber(), registered);
        registered.containers().forEach(container -> exportControlNumberByContainer.put(container,
                registered.exportControlNumber()));
    }

    void declare(Declaration declaration) {
        declarations.put(declaration.declarationNumber(), declaration);
        if (declaration.exportControlNumber() != null) {
            declarationByExportControlNumber.put(declaration.exportControlNumber(), declaration.declarationNumber());
        }
    }

    void vessel(String code, String name) {
        if (code != null && name != null) {
            vesselNames.put(code, name);
        }
    }

    Optional<Cargo> cargo(String exportControlNumber) {
        return Optional.ofNullable(exportControlNumber).map(cargo::get);
    }

    Optional<Declaration> declaration(String declarationNumber) {
        return Optional.ofNullable(declarationNumber).map(declarations::get);
    }

    Optional<Declaration> declarationOfCargo(String exportControlNumber) {
        return Optional.ofNullable(exportControlNumber).map(declarationByExportControlNumber::get)
                .flatMap(this::declaration);
    }

    Optional<String> exportControlNumberOfContainer(String containerNumber) {
        return Optional.ofNullable(containerNumber).map(exportControlNumberByContainer::get);
    }

    Optional<String> vesselName(String vesselCode) {
        return Optional.ofNullable(vesselCode).map(vesselNames::get);
    }
}
