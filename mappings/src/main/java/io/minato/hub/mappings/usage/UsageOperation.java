package io.minato.hub.mappings.usage;

/**
 * What a company did on a deal, as the fee rules (利用料細則 第3条4) tell operations apart: registering,
 * updating, submitting, fetching or deleting a document (登録・更新・提出・取得・削除) makes a deal
 * billable; messages, chat and settings (メッセージ、チャット、各種設定) never do.
 */
public enum UsageOperation {
    /** 登録. */
    REGISTER(true),
    /** 更新. */
    UPDATE(true),
    /** 提出 (sending a document to the deal's participants or to NACCS). */
    SUBMIT(true),
    /** 取得 (reading or downloading a document). */
    FETCH(true),
    /** 削除. */
    DELETE(true),
    /** メッセージ・チャット on a deal. */
    MESSAGE(false),
    /** A task on a deal. */
    TASK(false),
    /** 各種設定: participants, rights, switches. */
    SETTINGS(false);

    private final boolean documentOperation;

    UsageOperation(boolean documentOperation) {
        this.documentOperation = documentOperation;
    }

    /** Whether the rules count the operation: one of the five operations on a document. */
    public boolean documentOperation() {
        return documentOperation;
    }

    /** Whether the operation gives data to the platform rather than taking it (everything but FETCH). */
    public boolean provision() {
        return documentOperation && this != FETCH;
    }
}
