package io.minato.hub.app.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class CursorTest {

    @Test
    void aCursorReadsBackAsTheIdItWasMadeFor() {
        String text = Cursor.afterId("deals", 4711).encode();

        assertThat(text).matches("[A-Za-z0-9_-]+");
        assertThat(Cursor.decodeId("deals", text)).contains(4711L);
        assertThat(Cursor.decodeId("deals", null)).isEmpty();
        assertThat(Cursor.decodeId("deals", "")).isEmpty();
    }

    @Test
    void aCursorOfAnotherListIsRefusedNamingTheParameter() {
        String wire = Cursor.afterId("wire-messages", 10).encode();

        assertThatThrownBy(() -> Cursor.decodeId("deals", wire))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(HttpStatus.BAD_REQUEST);
                    assertThat(e.fieldProblems()).extracting(ApiException.FieldProblem::field).containsExactly("cursor");
                    assertThat(e.getMessage()).contains("another list");
                });
    }

    @Test
    void textThatIsNoCursorIsRefused() {
        for (String text : List.of("not base64!", encode("deals"), encode("deals:abc"), encode("deals:0"),
                encode("deals:1,2"), encode("deals:"))) {
            assertThatThrownBy(() -> Cursor.decodeId("deals", text)).as(text)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.fieldProblems())
                            .extracting(ApiException.FieldProblem::field).containsExactly("cursor"));
        }
    }

    @Test
    void aLimitOutsideItsRangeIsRefusedNamingTheParameter() {
        assertThat(CursorPage.limit(500, 500)).isEqualTo(500);
        assertThatThrownBy(() -> CursorPage.limit(0, 500)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.fieldProblems()).extracting(ApiException.FieldProblem::field).containsExactly("limit"));
        assertThatThrownBy(() -> CursorPage.limit(501, 500)).isInstanceOf(ApiException.class);
    }

    @Test
    void aPageOfRowsFetchedWithOneMoreHasACursorAfterItsLastItem() {
        CursorPage<Long> full = CursorPage.of("deals", List.of(9L, 8L, 7L), 2, id -> id);
        CursorPage<Long> last = CursorPage.of("deals", List.of(9L, 8L), 2, id -> id);

        assertThat(full.items()).containsExactly(9L, 8L);
        assertThat(full.next()).isEqualTo(Cursor.afterId("deals", 8));
        assertThat(last.items()).containsExactly(9L, 8L);
        assertThat(last.next()).isNull();
    }

    @Test
    void aFilteredListIsWalkedWholeWithoutRepeatsAcrossPagesAndBatches() {
        List<Long> rows = LongStream.rangeClosed(1, 40).map(i -> 41 - i).boxed().toList(); // 40 … 1
        List<Long> walked = new ArrayList<>();
        Long after = null;
        int pages = 0;
        do {
            CursorPage<Long> page = CursorPage.filtered("t", after, 3, 2, (before, size) -> rows.stream()
                            .filter(id -> before == null || id < before).limit(size).toList(),
                    batch -> batch.stream().filter(id -> id % 5 == 0).toList(), id -> id);
            walked.addAll(page.items());
            after = page.next() == null ? null : Cursor.decodeId("t", page.next().encode()).orElseThrow();
            pages++;
        } while (after != null && pages < 50);

        assertThat(walked).containsExactly(40L, 35L, 30L, 25L, 20L, 15L, 10L, 5L);
    }

    @Test
    void aFilteredPageStopsAfterItsBatchesWithACursorPastWhatItRead() {
        List<Long> rows = LongStream.rangeClosed(1, 20).map(i -> 21 - i).boxed().toList();

        CursorPage<Long> page = CursorPage.filtered("t", null, 2, 2, (before, size) -> rows.stream()
                        .filter(id -> before == null || id < before).limit(size).toList(),
                batch -> List.of(), id -> id);

        assertThat(page.items()).isEmpty();
        // two batches of three rows (20…18, 17…15) were read and dropped: the next page starts below 15
        assertThat(page.next()).isEqualTo(Cursor.afterId("t", 15));
    }

    private static String encode(String plain) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }
}
