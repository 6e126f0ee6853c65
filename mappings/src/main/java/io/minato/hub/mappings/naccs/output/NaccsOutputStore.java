package io.minato.hub.mappings.naccs.output;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * NACCS outputs the hub received and what they changed. Every output is kept, matched to a deal
 * or not, so nothing NACCS said is lost and an unmatched one can be re-processed later.
 */
public interface NaccsOutputStore {

    /** Records an output (or the part of one) of a wire message; the same wire message again answers the same id. */
    long record(ReceivedOutput output);

    /**
     * Adds a part to its set under a lock on the set: COMPLETE for exactly one mail (the one that
     * completed it, again if that mail is re-processed before the set was applied).
     */
    PartArrival addPart(long outputId, String setKey, int sequence, boolean last, byte[] businessPart);

    /** The deal a declaration number (申告番号) was registered for. */
    Optional<Long> dealOfDeclaration(String declarationNumber);

    /** The deal whose ECR got this export control number (輸出管理番号). */
    Optional<Long> dealOfExportControlNumber(String exportControlNumber);

    /** The deal that carries the container in an S/I that NACCS registered (export control number set). */
    Optional<Long> dealOfContainer(String containerNumber);

    /** Remembers which deal a declaration belongs to (from the output accepting it). */
    void registerDeclaration(String declarationNumber, long dealId, String exportControlNumber, Long submissionId);

    /**
     * Applies an output to its deal in one transaction: the updates field by field (newer wins), the
     * deal's S/I customs status when a declaration changed, one timeline event naming the output,
     * what it applied and what was older than the data held; the output becomes APPLIED.
     *
     * @return the fields not applied because newer data was held, per subject
     */
    Map<String, List<String>> apply(long outputId, long dealId, Long submissionId, List<CustomsUpdate> updates,
                                    Map<String, String> items, List<ResultText> resultTexts);

    /** An output that concerns no deal (SYG lists, connection tests): kept and shown, APPLIED without a deal. */
    void keep(long outputId, Map<String, String> items, List<ResultText> resultTexts);

    /** An output nobody waits for: kept as UNMATCHED with the reason until a re-process matches it. */
    void unmatched(long outputId, String reason, Map<String, String> items, List<ResultText> resultTexts);

    /**
     * A part of a split output that waits for the others (or was a duplicate), with the submission
     * and deal its echo names, if any, so a deal's outputs list its parts too.
     */
    void partReceived(long outputId, String state, Long submissionId, Long dealId);
}
