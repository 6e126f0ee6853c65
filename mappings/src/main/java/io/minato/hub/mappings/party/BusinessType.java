package io.minato.hub.mappings.party;

/**
 * 事業種別 (business type): what an organization does, which decides the documents it may see. The
 * Cyber Port terms of use list these (annex table 2); a company may register several.
 */
public enum BusinessType {
    /** 荷主 (cargo owner: exporter or importer). */
    SHIPPER("Shipper", "荷主"),
    /** 外航船社. */
    OCEAN_CARRIER("Ocean carrier", "外航船社"),
    /** 内航船社. */
    COASTAL_CARRIER("Coastal carrier", "内航船社"),
    /** 船舶代理店. */
    SHIP_AGENT("Ship agent", "船舶代理店"),
    /** NVOCC / international forwarder. */
    NVOCC("NVOCC / international forwarder", "NVOCC/国際フォワーダー"),
    /** 海貨業者 (freight forwarder / port cargo handler). */
    FORWARDER("Freight forwarder / port cargo handler", "海貨業者"),
    /** 通関業者. */
    CUSTOMS_BROKER("Customs broker", "通関業者"),
    /** ターミナルオペレーター. */
    TERMINAL_OPERATOR("Terminal operator", "ターミナルオペレータ"),
    /** 陸運業者. */
    TRUCKER("Trucking company", "陸運業者"),
    /** 倉庫業者. */
    WAREHOUSE("Warehouse", "倉庫業者"),
    /** 届出荷送人: a shipper that notified MLIT it determines container weights itself (VGM method 2). */
    REGISTERED_CONSIGNOR("Registered consignor", "届出荷送人"),
    /** 登録確定事業者: a registered business that determines verified gross mass (VGM) for others. */
    REGISTERED_SCREENER("Registered screener", "登録確定事業者"),
    /** システムベンダー: API access only. */
    SYSTEM_VENDOR("System vendor", "システムベンダー");

    private final String englishName;
    private final String japaneseName;

    BusinessType(String englishName, String japaneseName) {
        this.englishName = englishName;
        this.japaneseName = japaneseName;
    }

    public String englishName() {
        return englishName;
    }

    public String japaneseName() {
        return japaneseName;
    }
}
