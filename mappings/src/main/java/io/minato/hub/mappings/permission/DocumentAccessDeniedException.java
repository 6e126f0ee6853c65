package io.minato.hub.mappings.permission;

import io.minato.hub.mappings.document.DocumentType;
import io.minato.hub.mappings.support.MinatoException;

/**
 * A company tried an operation on a deal's document beyond its rights. The message names company, deal,
 * document type, operation, the rights needed and the rights held, in English and Japanese, because the
 * same words reach the API answer, the portal and the log.
 */
public class DocumentAccessDeniedException extends MinatoException {

    private final String company;
    private final long dealId;
    private final DocumentType documentType;
    private final Operation operation;
    private final Rights held;
    private final boolean participant;

    public DocumentAccessDeniedException(String company, long dealId, DocumentType documentType, Operation operation,
                                         Rights held, boolean participant) {
        super(english(company, dealId, documentType, operation, held, participant) + " / "
                + japanese(company, dealId, documentType, operation, held, participant));
        this.company = company;
        this.dealId = dealId;
        this.documentType = documentType;
        this.operation = operation;
        this.held = held;
        this.participant = participant;
    }

    private static String english(String company, long dealId, DocumentType type, Operation operation, Rights held,
                                  boolean participant) {
        return "company " + company + " may not " + operation.englishVerb() + " " + type + " (" + type.englishName()
                + ") on deal " + dealId + ": needs " + operation.required().englishName() + ", holds "
                + held.englishName() + (participant ? "" : " (not a participant of the deal)");
    }

    private static String japanese(String company, long dealId, DocumentType type, Operation operation, Rights held,
                                   boolean participant) {
        return "会社 " + company + " は取引 " + dealId + " の帳票 " + type + "（" + type.japaneseName() + "）を"
                + operation.japaneseName() + "できません：必要な権限 " + operation.required().japaneseName()
                + "、保有する権限 " + held.japaneseName() + (participant ? "" : "（取引の参加者ではありません）");
    }

    /** The English half of the message. */
    public String englishMessage() {
        return english(company, dealId, documentType, operation, held, participant);
    }

    /** The Japanese half of the message. */
    public String japaneseMessage() {
        return japanese(company, dealId, documentType, operation, held, participant);
    }

    public String company() {
        return company;
    }

    public long dealId() {
        return dealId;
    }

    public DocumentType documentType() {
        return documentType;
    }

    public Operation operation() {
        return operation;
    }

    public Rights needed() {
        return operation.required();
    }

    public Rights held() {
        return held;
    }

    /** False when the company is not on the deal at all. */
    public boolean participant() {
        return participant;
    }
}
