package io.minato.hub.mappings.permission;

/**
 * 利用権限 (rights) a company holds on one document type of a deal, in Cyber Port's three steps. Ordered
 * weakest first, so that {@code compareTo} says which is stronger.
 */
public enum Rights {
    /** 「－」: the documents of that type do not exist for the holder. */
    NONE("none", "－", "権限なし"),
    /** 参照権限: see the content. */
    READ("Read", "Read", "参照"),
    /** 更新等権限 on top of reading: correct, add, delete, change, update, or send to a linked system (terms art. 9). */
    READ_WRITE("ReadWrite", "ReadWrite", "参照・更新");

    private final String englishName;
    private final String cyberPortName;
    private final String japaneseName;

    Rights(String englishName, String cyberPortName, String japaneseName) {
        this.englishName = englishName;
        this.cyberPortName = cyberPortName;
        this.japaneseName = japaneseName;
    }

    /** Whether these rights cover {@code needed}. */
    public boolean covers(Rights needed) {
        return compareTo(needed) >= 0;
    }

    public static Rights weaker(Rights a, Rights b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static Rights stronger(Rights a, Rights b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    public String englishName() {
        return englishName;
    }

    /** How Cyber Port's matrix writes it: ReadWrite, Read, －. */
    public String cyberPortName() {
        return cyberPortName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
