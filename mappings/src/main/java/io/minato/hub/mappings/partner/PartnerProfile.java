package io.minato.hub.mappings.partner;

import jakarta.validation.Valid;
import io.minato.hub.mappings.wire.Channel;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An EDI partner (a carrier, a terminal, a platform such as INTTRA) and how to talk with it.
 *
 * @param code            our short name for the partner, e.g. {@code INTTRA}
 * @param ediId           its interchange identification in UNB (0004 as sender, 0010 as recipient)
 * @param ediQualifier    the identification code qualifier (0007), e.g. {@code ZZZ}; empty if none
 * @param directory       the UN/EDIFACT directory it writes by default, e.g. {@code D99B}
 * @param charsetOverride the Java charset its bytes are really in when its UNB declares another
 *                        (a partner that declares UNOA and sends UTF-8); empty to trust UNB
 * @param channel         how its interchanges travel
 * @param acknowledgement which acknowledgements it wants
 * @param test            whether it is a test partner (UNB 0035 = 1, separate control numbers)
 * @param sftp            its SFTP server, required when the channel is {@link PartnerChannel#SFTP}
 */
public record PartnerProfile(
        @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,35}") String code,
        @NotBlank @Size(max = 140) String name,
        @NotBlank @Size(max = 35) String ediId,
        @Size(max = 4) String ediQualifier,
        @Pattern(regexp = "D\\d{2}[A-Z]") String directory,
        @Size(max = 40) String charsetOverride,
        @NotNull PartnerChannel channel,
        @NotNull Acknowledgement acknowledgement,
        boolean test,
        @Valid SftpSettings sftp) {

    public PartnerProfile {
        ediQualifier = ediQualifier == null ? "" : ediQualifier;
        charsetOverride = charsetOverride == null || charsetOverride.isBlank() ? null : charsetOverride;
    }

    /** How the archive files this partner's interchanges. */
    public Channel wireChannel() {
        return channel == PartnerChannel.SFTP ? Channel.EDIFACT_SFTP : Channel.EDIFACT_FILE;
    }
}
