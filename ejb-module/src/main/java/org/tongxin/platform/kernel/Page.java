package org.tongxin.platform.kernel;

import java.util.List;

/**
 * One page of a list, as every list of the platform answers: items, page number (from 0), size, total.
 *
 * <p>Its hash leaves the items out (equal pages still hash alike): JSON-B (Yasson) puts every object it writes into a
 * hash set while writing it, to catch cycles, so a page's hash was computed twice per response and hashed every item
 * and every field of every item each time; in the load benchmark that was 10–25 % of a REST list's CPU
 * (docs/performance.md, "Issue 22"). The rows of the busiest lists hash by their id for the same reason.
 */
public record Page<T>(List<T> items, int page, int size, long total) implements java.io.Serializable {

    public Page {
        items = List.copyOf(items);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * page + size) + Long.hashCode(total);
    }

    /**
     * Page number and size checked and bounded, so that no caller can ask for a million rows at once, and
     * so that the offset ({@code page * size}) always fits an {@code int}: a page beyond
     * {@link #MAX_OFFSET} rows is refused (422) rather than overflowing into a negative offset.
     */
    public record Request(int page, int size) implements java.io.Serializable {
        public static final int MAX_SIZE = 200;
        /** The largest offset a list is read from; far beyond any real list, far below int overflow. */
        public static final int MAX_OFFSET = 100_000_000;

        public Request {
            if (page < 0) {
                throw Problem.field("page", "invalid-page", "problem.page.page");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw Problem.field("size", "invalid-page", "problem.page.size", MAX_SIZE);
            }
            if ((long) page * size > MAX_OFFSET) {
                throw Problem.field("page", "invalid-page", "problem.page.page");
            }
        }

        /**
         * The page a lazy table asks for with its first row and row count, as the browser sent them: the
         * size bounded to 1..{@link #MAX_SIZE}, a negative first row read as 0, a first row beyond
         * {@link #MAX_OFFSET} as the last page that may be read (empty), so that a forged request gets an
         * empty page and never an arithmetic error.
         */
        public static Request ofRows(int first, int rows) {
            int size = Math.max(1, Math.min(rows, MAX_SIZE));
            int page = Math.max(0, first) / size;
            return new Request(Math.min(page, MAX_OFFSET / size), size);
        }

        public int offset() {
            return page * size;
        }
    }
}
