package io.minato.hub.mappings.submission;

import java.util.Map;

/**
 * Everything needed to send one NACCS input (入力電文) once it is claimed for sending.
 *
 * @param items       item key → value, as the business's layout keys them
 * @param credentials the NACCS user's credentials, password decrypted for the common part only
 * @param charset     the NACCS user's message charset (UTF-8, EUC-JP or Shift_JIS)
 * @param relayHost   the NACCS user's own relay, or null for the hub's configured one
 * @param relayPort   its port, or null
 */
public record NaccsInput(long submissionId, long dealId, String businessCode, Map<String, String> items,
                         String handOverInfo, String inputIdNumber, NaccsCredentials credentials, String charset,
                         String relayHost, Integer relayPort) {

    public NaccsInput {
        items = Map.copyOf(items);
    }

    /** Never the items or the password: this may end up in a log line. */
    @Override
    public String toString() {
        return "NaccsInput[submission=" + submissionId + ", " + businessCode + ", " + credentials.userId()
                + ", inputIdNumber=" + inputIdNumber + ", " + items.size() + " items]";
    }
}
