package io.minato.hub.mappings.colins;

/**
 * The three kinds of Colins data the platform takes over (Cyber Port terms, annex: table 2), each
 * updated from what terminals, port authorities and AIS report.
 */
public enum ColinsDataSet {
    /** 船舶動静情報: scheduled/actual arrival and departure of container ships, cargo cut-off (一括搬入). */
    VESSEL_MOVEMENT("船舶動静情報", "vessel movement"),
    /** CY搬出可否情報 (import): may the container leave the yard; by container number or B/L number. */
    IMPORT_RELEASE("CY搬出可否情報", "CY release status"),
    /** CY輸出コンテナ情報 (export): may the container be delivered into the yard; by container or booking number. */
    EXPORT_STATUS("CY輸出コンテナ情報", "CY export container status");

    private final String japaneseName;
    private final String englishName;

    ColinsDataSet(String japaneseName, String englishName) {
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
