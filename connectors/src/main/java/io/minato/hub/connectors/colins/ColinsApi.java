package io.minato.hub.connectors.colins;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The Colins API as the hub speaks it. No public Colins API specification exists, so this one is
 * defined from the three data sets of the terms (annex, table 2), HTTP/JSON under a base URL such as
 * {@code https://colins.example/colins/v1}, HTTP Basic with the platform's client id and secret:
 * <ul>
 *   <li>{@code GET /changes?cursor=&limit=}: the changes feed the hub polls. Answers
 *       {@code {"cursor": "…", "hasMore": bool, "records": [...]}}: the records changed after
 *       {@code cursor} (opaque; absent = from the start), oldest first; the answer's cursor is where the
 *       next page starts. Each record names its {@code dataSet}, {@code terminalCode} and
 *       {@code updatedAt}.</li>
 *   <li>{@code GET /vessel-movements?updatedSince=&vesselName=&voyageNo=&imoNumber=&port=}: 船舶動静情報</li>
 *   <li>{@code GET /import-release?containerNo=|blNo=}: CY搬出可否情報</li>
 *   <li>{@code GET /export-status?containerNo=|bookingNo=}: CY輸出コンテナ情報</li>
 * </ul>
 */
public final class ColinsApi {

    public static final String CHANGES = "/changes";
    public static final String VESSEL_MOVEMENTS = "/vessel-movements";
    public static final String IMPORT_RELEASE = "/import-release";
    public static final String EXPORT_STATUS = "/export-status";
    public static final String CURSOR = "cursor";
    public static final String LIMIT = "limit";
    public static final String UPDATED_SINCE = "updatedSince";

    private ColinsApi() {
    }

    /** The query string of a changes request; {@code cursor} null or blank asks from the start. */
    public static String changesQuery(String cursor, int limit) {
        if (limit <= 0) {
            throw new IllegalArgumentException("a page holds at least one record, not " + limit);
        }
        String query = LIMIT + "=" + limit;
        return cursor == null || cursor.isBlank() ? query
                : CURSOR + "=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8) + "&" + query;
    }
}
