package io.minato.hub.mappings.edifact.write.outbound;

import static io.minato.hub.mappings.edifact.write.DataElement.composite;
import static io.minato.hub.mappings.edifact.write.DataElement.empty;
import static io.minato.hub.mappings.edifact.write.DataElement.simple;

import io.minato.hub.mappings.edifact.write.MessageBody;
import io.minato.hub.mappings.edifact.write.MessageIdentifier;
import io.minato.hub.mappings.vgm.VgmContainer;
import io.minato.hub.mappings.vgm.VgmReport;
import java.time.LocalDateTime;

/**
 * UL440 VGM report → VERMAS D16A, laid out as SMDG's VERMAS 1.0 guide does. VERMAS first appears
 * in directory D16A (none of D95B…D13B has it), so D16A is fixed whatever the partner's usual
 * directory. Per container: EQD CN with its size-type (6346/5), the booking as RFF BN, the seal,
 * the VGM as MEA AAE VGM KGM with its determination date DTM 798, the carriage if known, and the
 * weighing certificate as DOC SM1/SM2 (VGM list, SMDG agency 306) with the responsible party as
 * NAD SPC and the authorised signatory as CTA RP.
 */
final class VermasWriter implements DocumentMessage<VgmReport> {

    static final MessageIdentifier VERMAS_D16A = new MessageIdentifier("VERMAS", "D", "16A", "UN");

    @Override
    public MessageIdentifier identifier() {
        return VERMAS_D16A;
    }

    @Override
    public void write(VgmReport report, MessageBody body, LocalDateTime preparedAt) {
        // D16A's 1001 list has no VGM code yet; SMDG's guide prescribes XXX. 9 original
        body.segment("BGM", simple("XXX"), simple(report.reportNo()), simple("9"));
        MessageParts.dateTime(body, "137", preparedAt);
        if (report.carrierCode() != null) {
            MessageParts.partyCode(body, "CA", report.carrierCode(), null);
        }
        for (int i = 0; i < report.containers().size(); i++) {
            container(body, report, report.containers().get(i), "containers[" + i + "]");
        }
    }

    private static void container(MessageBody body, VgmReport report, VgmContainer container, String field) {
        body.segment("EQD", simple("CN"), simple(container.containerNo()),
                container.sizeType() == null ? empty() : composite(container.sizeType(), "6346", "5"));
        body.segment("RFF", composite("BN", report.bookingNo()));
        if (container.sealNo() != null) {
            // SH: sealed by the shipper
            body.segment("SEL", simple(container.sealNo()), composite("SH"));
        }
        MessageParts.measure(body, "AAE", "VGM", "KGM", container.vgmKg());
        MessageParts.date(body, "798", container.weighingDate());
        if (report.vesselName() != null || report.voyageNo() != null) {
            MessageParts.mainCarriage(body, report.voyageNo(), report.carrierCode(), report.vesselName());
        }
        body.segment("DOC", composite(container.method().name(), "VGM", "306"));
        MessageParts.party(body, "SPC", container.responsibleParty(), field + ".responsibleParty");
        body.segment("CTA", simple("RP"), composite(null, container.signatory()));
    }
}
