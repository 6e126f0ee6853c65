package io.minato.hub.app.naccs;

import java.time.OffsetDateTime;

/** A NACCS user as stored; the password only encrypted. */
record NaccsUserRow(long id, Long partyId, String partyCode, String userCode, String identifier,
                    String passwordEncrypted, String processingMethod, String charset, String relayHost,
                    Integer relayPort, boolean active, Long inFlightSubmissionId, OffsetDateTime inFlightSince,
                    OffsetDateTime createdAt) {

    String userId() {
        return userCode + identifier;
    }

    @Override
    public String toString() {
        return "NaccsUserRow[" + id + ", " + userId() + ", password=********]";
    }
}
