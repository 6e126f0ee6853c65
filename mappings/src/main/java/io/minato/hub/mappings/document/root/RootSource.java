package io.minato.hub.mappings.document.root;

/** Where a value of the root document came from: the ways data reaches a deal. */
public enum RootSource {
    /** A person or a company's system through the portal or the API. */
    USER("利用者 (ポータル・API)", "user (portal or API)"),
    /** A carrier's or terminal's EDIFACT message. */
    EDIFACT("EDIFACT", "EDIFACT"),
    /** A NACCS output. */
    NACCS("NACCS", "NACCS"),
    /** Colins vessel or container-yard data, for a deal whose auto-update is on. */
    COLINS("Colins", "Colins"),
    /** A TradeWaltz shipping or import handling request. */
    TRADEWALTZ("TradeWaltz", "TradeWaltz");

    private final String japaneseName;
    private final String englishName;

    RootSource(String japaneseName, String englishName) {
        this.japaneseName = japaneseName;
        this.englishName = englishName;
    }

    public String japaneseName() {
        return japaneseName;
    }

    public String englishName() {
        return englishName;
    }
}
