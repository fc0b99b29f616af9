package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Page;

/** A lazy table asks its list once per request, and never shows a page fetched by an earlier one. */
class PagedModelTest {

    /** A list of 95 numbers, or of those above a floor; records every call. */
    static final class Numbers extends PagedModel<Integer> {
        private static final long serialVersionUID = 1L;
        Integer floor;
        int total = 95;
        final List<String> calls = new ArrayList<>();

        @Override
        protected Object query() {
            return floor;
        }

        @Override
        protected Page<Integer> fetch(Object query, Page.Request request) {
            calls.add(query + "@" + request.page() + "x" + request.size());
            int from = query == null ? 0 : (Integer) query;
            List<Integer> all = IntStream.range(from, total).boxed().toList();
            return new Page<>(
                    all.subList(
                            Math.min(request.offset(), all.size()),
                            Math.min(request.offset() + request.size(), all.size())),
                    request.page(),
                    request.size(),
                    all.size());
        }

        @Override
        protected String key(Integer row) {
            return row.toString();
        }

        /** What PrimeFaces does for one request: the count, then the page. */
        List<Integer> request(int first, int rows) {
            setPageSize(rows);
            setRowCount(count(Map.of()));
            return load(first, rows, Map.of(), Map.of());
        }
    }

    @Test
    void theFirstRequestAsksOnceForTheFirstPageAndItsTotal() {
        Numbers model = new Numbers();
        assertEquals(List.of(0, 1, 2), model.request(0, 20).subList(0, 3));
        assertEquals(95, model.getRowCount());
        assertEquals(List.of("null@0x20"), model.calls);
    }

    @Test
    void anotherPageWithTheSameFiltersAsksOnlyForThatPage() {
        Numbers model = new Numbers();
        model.request(0, 20);
        model.calls.clear();
        assertEquals(40, model.request(40, 20).get(0));
        assertEquals(List.of("null@2x20"), model.calls);
    }

    @Test
    void changedFiltersAskOnceForTheirFirstPage() {
        Numbers model = new Numbers();
        model.request(40, 20);
        model.floor = 90;
        model.calls.clear();
        assertEquals(List.of(90, 91, 92, 93, 94), model.request(0, 20));
        assertEquals(5, model.getRowCount());
        assertEquals(List.of("90@0x20"), model.calls);
    }

    @Test
    void theSamePageInALaterRequestIsAskedAgainAndTheNewTotalShown() {
        Numbers model = new Numbers();
        model.request(0, 20);
        model.total = 96;
        model.calls.clear();
        model.request(0, 20);
        assertEquals(List.of("null@0x20"), model.calls, "a later request never reuses an earlier answer");
        assertEquals(96, model.getRowCount(), "the paginator shows the total of the page just fetched");
        assertEquals(Integer.valueOf(7), model.getRowData("7"));
    }
}
