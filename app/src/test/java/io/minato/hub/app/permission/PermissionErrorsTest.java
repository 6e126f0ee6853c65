package io.minato.hub.app.permission;

import static org.assertj.core.api.Assertions.assertThat;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.permission.DocumentAccessDeniedException;
import io.minato.hub.mappings.permission.Operation;
import io.minato.hub.mappings.permission.Rights;
import io.minato.hub.mappings.permission.StrengtheningRefusedException;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

class PermissionErrorsTest {

    private final PermissionErrors errors = new PermissionErrors();

    @Test
    void aDenialIs403NamingNeededAndHeldRightsInBothLanguages() {
        ProblemDetail problem = errors.onDenied(new DocumentAccessDeniedException("SHIPCO", 42, DocumentType.UL050,
                Operation.UPDATE, Rights.READ, true));

        assertThat(problem.getStatus()).isEqualTo(403);
        assertThat(problem.getDetail()).isEqualTo(
                "company SHIPCO may not update UL050 (Booking confirmation) on deal 42: needs ReadWrite, holds Read");
        assertThat(problem.getProperties()).containsEntry("detailJa",
                        "会社 SHIPCO は取引 42 の帳票 UL050（ブッキング確認書）を更新できません：必要な権限 参照・更新、保有する権限 参照")
                .containsEntry("needed", "READ_WRITE").containsEntry("held", "READ")
                .containsEntry("operation", "UPDATE").containsEntry("documentType", "UL050");
    }

    @Test
    void aStrengtheningGrantIs422() {
        ProblemDetail problem = errors.onStrengthening(new StrengtheningRefusedException("FWD", Set.of(BusinessType.FORWARDER),
                DocumentType.UL050, Rights.READ, Rights.READ_WRITE));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getDetail()).startsWith("cannot strengthen UL050 for FWD as forwarder from READ to READ_WRITE");
        assertThat(problem.getProperties()).containsEntry("granted", "READ").containsEntry("requested", "READ_WRITE");
    }
}
