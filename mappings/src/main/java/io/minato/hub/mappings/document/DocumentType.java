package io.minato.hub.mappings.document;

/**
 * 帳票 (document) type codes as Cyber Port numbers them. Only some have typed fields yet; the
 * rest exist so a deal can already refer to them.
 */
public enum DocumentType {
    UL010("Booking request", "ブッキング依頼書"),
    UL020("Dangerous-goods booking request", "危険品ブッキング依頼書"),
    UL030("Dangerous-goods declaration", "危険物明細書"),
    UL040("Shipping instruction", "船積依頼書 (S/I)"),
    UL050("Booking confirmation", "ブッキング確認書"),
    UL060("Empty-container pick-up order", "空コンテナピックアップオーダー"),
    UL070("Transport order", "輸送依頼書"),
    UL080("Equipment interchange receipt", "機器受渡証 (EIR)"),
    UL090("Container delivery slip", "搬入票"),
    UL100("Commercial invoice", "インボイス"),
    UL110("Pro-forma invoice", "プロフォーマインボイス"),
    UL120("Packing list", "パッキングリスト"),
    UL130("Dock receipt", "ドックレシート"),
    UL140("Container load plan", "コンテナ内積付表"),
    UL150("Bill of lading", "船荷証券 (B/L)"),
    UL160("Sea waybill", "海上運送状"),
    UL170("Multimodal transport document", "複合運送証券"),
    UL180("Container list", "コンテナリスト"),
    UL190("Vanning work order", "バンニング作業指示書"),
    UL200("Cargo manifest", "積荷目録"),
    UL210("Freight information", "運賃情報"),
    UL220("Payment/transfer statement", "支払・振込明細"),
    UL230("Payment completion notice", "支払完了通知"),
    UL240("B/L number notice", "B/L番号通知"),
    UL250("Ocean booking list", "外航ブッキングリスト"),
    UL260("Coastal booking list", "内航ブッキングリスト"),
    UL270("Import instruction", "輸入指示書"),
    UL280("Import cargo handling request", "輸入貨物取扱依頼書"),
    UL290("Arrival notice", "貨物到着案内 (A/N)"),
    UL300("Delivery order", "荷渡指図書 (D/O)"),
    UL310("D/O-less application", "D/Oレス申請"),
    UL320("Container release slip", "搬出票"),
    UL330("CFS release slip", "CFS搬出票"),
    UL340("Cargo consignment note", "貨物受託書"),
    UL350("Container cargo receipt", "コンテナ貨物受領書"),
    UL360("Delivery note", "納品書"),
    UL440("Verified gross mass report", "VGM報告"),
    UL480("Terminal inquiry", "ターミナル照会"),
    UL490("Terminal payment request", "ターミナル支払請求・入金通知");

    private final String englishName;
    private final String japaneseName;

    DocumentType(String englishName, String japaneseName) {
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
