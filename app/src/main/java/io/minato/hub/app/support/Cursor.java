package io.minato.hub.app.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.springframework.http.HttpStatus;

/**
 * An opaque position in a list paged by keyset (no OFFSET): the sort key of the last item a page answered,
 * and the name of the list, so that a cursor of one list is refused by another instead of silently
 * meaning something else there. Clients hand it back as the {@code cursor} parameter; its form
 * (base64url of {@code list:key,key}) is not a contract and may change.
 *
 * @param list which list it is a position in, e.g. {@code deals}
 * @param keys the sort key of the last item answered, in sort order
 */
public record Cursor(String list, List<String> keys) {

    /** The query parameter a cursor travels in. */
    public static final String PARAMETER = "cursor";

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    public Cursor {
        if (list == null || list.isBlank() || list.contains(":")) {
            throw new IllegalArgumentException("a cursor needs a list name without ':'");
        }
        keys = List.copyOf(keys);
        if (keys.isEmpty() || keys.stream().anyMatch(key -> key.isEmpty() || key.contains(","))) {
            throw new IllegalArgumentException("cursor of " + list + ": keys must be non-empty and without ','");
        }
    }

    /** The position after an item whose sort key is its id (the lists here sort by id). */
    public static Cursor afterId(String list, long id) {
        return new Cursor(list, List.of(Long.toString(id)));
    }

    /** The text handed to clients. */
    public String encode() {
        return ENCODER.encodeToString((list + ":" + String.join(",", keys)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Reads a cursor a client sent for {@code list}.
     *
     * @return empty when no cursor was sent (the first page)
     * @throws ApiException 400 naming the parameter when it is not a cursor of this list
     */
    public static Optional<Cursor> decode(String list, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        String plain;
        try {
            plain = new String(DECODER.decode(text), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(list, "is not a cursor this API gave (not base64url)");
        }
        int colon = plain.indexOf(':');
        if (colon < 0) {
            throw invalid(list, "is not a cursor this API gave");
        }
        if (!plain.substring(0, colon).equals(list)) {
            throw invalid(list, "is a cursor of another list; use the cursor a page of " + list + " gave");
        }
        String keys = plain.substring(colon + 1);
        try {
            return Optional.of(new Cursor(list, List.of(keys.split(",", -1))));
        } catch (IllegalArgumentException e) {
            throw invalid(list, "is not a cursor this API gave");
        }
    }

    /** The id a cursor of a list sorted by id stands after; 400 when the cursor holds no such key. */
    public static Optional<Long> decodeId(String list, String text) {
        return decode(list, text).map(cursor -> cursor.idKey());
    }

    private long idKey() {
        if (keys.size() != 1) {
            throw invalid(list, "is not a cursor this API gave");
        }
        try {
            long id = Long.parseLong(keys.get(0));
            if (id < 1) {
                throw invalid(list, "is not a cursor this API gave");
            }
            return id;
        } catch (NumberFormatException e) {
            throw invalid(list, "is not a cursor this API gave");
        }
    }

    private static ApiException invalid(String list, String what) {
        return new ApiException(HttpStatus.BAD_REQUEST, "query parameter " + PARAMETER + " " + what
                + " / パラメータ " + PARAMETER + " が不正です", List.of(new ApiException.FieldProblem(PARAMETER, what)));
    }
}
