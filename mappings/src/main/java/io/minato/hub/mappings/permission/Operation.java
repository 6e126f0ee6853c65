package io.minato.hub.mappings.permission;

/**
 * What a company tries to do with a deal's document, and the rights it needs for it. Reading in any form
 * needs {@link Rights#READ}; anything that changes the document or hands it on to a linked system (NACCS,
 * a partner's EDI) needs {@link Rights#READ_WRITE}, because the terms (art. 9) count sending among 更新等.
 */
public enum Operation {
    READ(Rights.READ, "read", "参照"),
    /** Seeing that the document exists in a deal's list. */
    LIST(Rights.READ, "list", "一覧表示"),
    SEARCH(Rights.READ, "search", "検索"),
    /** Bulk download of the document data (一括ダウンロード). */
    DOWNLOAD(Rights.READ, "download", "ダウンロード"),
    ATTACHMENT_READ(Rights.READ, "read attachments of", "添付ファイルを参照"),
    CREATE(Rights.READ_WRITE, "create", "登録"),
    UPDATE(Rights.READ_WRITE, "update", "更新"),
    DELETE(Rights.READ_WRITE, "delete", "削除"),
    /** Submitting to a linked system or a partner (提出・送信). */
    SEND(Rights.READ_WRITE, "send", "送信"),
    ATTACHMENT_WRITE(Rights.READ_WRITE, "add or remove attachments of", "添付ファイルを登録・削除");

    private final Rights required;
    private final String englishVerb;
    private final String japaneseName;

    Operation(Rights required, String englishVerb, String japaneseName) {
        this.required = required;
        this.englishVerb = englishVerb;
        this.japaneseName = japaneseName;
    }

    public Rights required() {
        return required;
    }

    /** "create", "read attachments of": fits "may not … UL040". */
    public String englishVerb() {
        return englishVerb;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
