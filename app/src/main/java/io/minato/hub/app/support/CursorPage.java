package io.minato.hub.app.support;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list paged by keyset, and how it is answered: the items as the JSON array the list always
 * answered (existing clients keep working), and where a next page exists a {@code Link: <…>; rel="next"}
 * header (RFC 8288: the same request with {@code cursor} replaced) and the bare cursor in
 * {@value #NEXT_CURSOR}. No next link: this was the last page.
 *
 * @param next the position after the last item; null on the last page
 */
public record CursorPage<T>(List<T> items, Cursor next) {

    public static final String NEXT_CURSOR = "X-Next-Cursor";
    public static final String LIMIT = "limit";

    public CursorPage {
        items = List.copyOf(items);
    }

    /** 400 naming {@code limit} unless it is between 1 and {@code max}. */
    public static int limit(int limit, int max) {
        if (limit < 1 || limit > max) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "query parameter limit must be between 1 and " + max
                    + " / パラメータ limit は 1〜" + max + " で指定してください",
                    List.of(new ApiException.FieldProblem(LIMIT, "must be between 1 and " + max)));
        }
        return limit;
    }

    /**
     * The page from rows a query fetched with {@code limit + 1}, sorted by id descending or ascending: the
     * extra row only says that a next page exists.
     */
    public static <T> CursorPage<T> of(String list, List<T> fetched, int limit, ToLongFunction<T> id) {
        if (fetched.size() <= limit) {
            return new CursorPage<>(fetched, null);
        }
        List<T> page = fetched.subList(0, limit);
        return new CursorPage<>(page, Cursor.afterId(list, id.applyAsLong(page.get(limit - 1))));
    }

    /**
     * A page of a list sorted by id where some rows the query finds are dropped afterwards (a check only
     * Java can make): fetches batches after {@code start} until the page is full or the rows run out. To
     * bound the work of one request it stops after {@code maxBatches}; the page is then shorter than
     * {@code limit} but its cursor goes on after the last row looked at, so nothing is skipped.
     *
     * @param fetch rows after an id (null = from the start), at most the given number, in list order
     * @param keep  the rows of a batch to answer, in their order
     */
    public static <T> CursorPage<T> filtered(String list, Long start, int limit, int maxBatches,
                                             BiFunction<Long, Integer, List<T>> fetch, UnaryOperator<List<T>> keep,
                                             ToLongFunction<T> id) {
        List<T> page = new ArrayList<>();
        Long after = start;
        for (int batch = 0; batch < maxBatches; batch++) {
            List<T> rows = fetch.apply(after, limit + 1);
            Set<Long> kept = new HashSet<>();
            keep.apply(rows).forEach(row -> kept.add(id.applyAsLong(row)));
            for (int i = 0; i < rows.size(); i++) {
                T row = rows.get(i);
                if (!kept.contains(id.applyAsLong(row))) {
                    continue;
                }
                page.add(row);
                if (page.size() == limit) {
                    // rows after it in this batch, or a full batch with possibly more behind it
                    boolean more = i < rows.size() - 1 || rows.size() > limit;
                    return new CursorPage<>(page, more ? Cursor.afterId(list, id.applyAsLong(row)) : null);
                }
            }
            if (rows.size() <= limit) {
                return new CursorPage<>(page, null);
            }
            after = id.applyAsLong(rows.get(rows.size() - 1));
        }
        return new CursorPage<>(page, Cursor.afterId(list, after));
    }

    /** 200 with the items; the next page's link and cursor when there is one. */
    public ResponseEntity<List<T>> response() {
        ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
        if (next != null) {
            String cursor = next.encode();
            answer.header(HttpHeaders.LINK, "<" + nextUri(cursor) + ">; rel=\"next\"");
            answer.header(NEXT_CURSOR, cursor);
        }
        return answer.body(items);
    }

    /** This request's path and query with the cursor replaced, relative to the host (as it was asked for). */
    private static String nextUri(String cursor) {
        HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
                .getRequest();
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam(Cursor.PARAMETER, cursor)
                .build()
                .toUriString();
    }
}
