package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.party.BusinessType;
import io.minato.hub.mappings.support.MinatoException;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A limit asked for a participant lies above the matrix default: rights on a deal may only be
 * weakened (弱める方向にのみカスタム可能), so the grant is refused rather than silently capped.
 */
public class StrengtheningRefusedException extends MinatoException {

    private final DocumentType documentType;
    private final Rights granted;
    private final Rights requested;

    public StrengtheningRefusedException(String company, Set<BusinessType> businessTypes, DocumentType documentType,
                                         Rights granted, Rights requested) {
        super("cannot strengthen " + documentType + " for " + company + " as "
                + businessTypes.stream().map(b -> b.name().toLowerCase().replace('_', ' '))
                        .collect(Collectors.joining(" + "))
                + " from " + granted + " to " + requested + " (a deal may only weaken the defaults) / "
                + company + " の " + documentType + " の権限を " + granted.japaneseName() + " から "
                + requested.japaneseName() + " に強めることはできません（取引では標準の権限を弱めることのみ可能）");
        this.documentType = documentType;
        this.granted = granted;
        this.requested = requested;
    }

    public DocumentType documentType() {
        return documentType;
    }

    /** The default the participant's business types give. */
    public Rights granted() {
        return granted;
    }

    public Rights requested() {
        return requested;
    }
}
