package org.tongxin.platform.domain;

import java.util.List;

/** One page of a list, as every list of the platform answers: items, page number (from 0), size, total. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public Page {
        items = List.copyOf(items);
    }

    /** Page number and size checked and bounded, so that no caller can ask for a million rows at once. */
    public record Request(int page, int size) {
        public static final int MAX_SIZE = 200;

        public Request {
            if (page < 0) {
                throw Problem.field("page", "invalid-page", "problem.page.page");
            }
            if (size < 1 || size > MAX_SIZE) {
                throw Problem.field("size", "invalid-page", "problem.page.size", MAX_SIZE);
            }
        }

        public int offset() {
            return page * size;
        }
    }
}
