package io.minato.hub.mappings.party;

/**
 * 事業種別 (business type): what an organization does, which decides the documents it may see. The
 * Cyber Port terms of use list these; a company may register several.
 */
public enum BusinessType {
    /** 荷主 (cargo owner: exporter or importer). */
    SHIPPER,
    /** 外航船社. */
    OCEAN_CARRIER,
    /** 内航船社. */
    COASTAL_CARRIER,
    /** 船舶代理店. */
    SHIP_AGENT,
    /** NVOCC / international forwarder. */
    NVOCC,
    /** 海貨業者 (freight forwarder / port cargo handler). */
    FORWARDER,
    /** 通関業者. */
    CUSTOMS_BROKER,
    /** ターミナルオペレーター. */
    TERMINAL_OPERATOR,
    /** 陸運業者. */
    TRUCKER,
    /** 倉庫業者. */
    WAREHOUSE,
    /** 届出荷送人. */
    REGISTERED_CONSIGNOR,
    /** 登録確定事業者. */
    REGISTERED_SCREENER,
    /** システムベンダー: API access only. */
    SYSTEM_VENDOR
}
