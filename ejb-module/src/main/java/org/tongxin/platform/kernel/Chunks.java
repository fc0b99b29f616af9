package org.tongxin.platform.kernel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Splits ids into lists short enough for one {@code IN (...)} of a query. */
public final class Chunks {

    /** What one {@code IN} list holds at most (databases limit the parameters of one statement). */
    public static final int IN_LIST = 1000;

    private Chunks() {}

    public static <T> List<List<T>> of(Collection<T> items) {
        List<T> all = List.copyOf(items);
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += IN_LIST) {
            chunks.add(all.subList(i, Math.min(all.size(), i + IN_LIST)));
        }
        return chunks;
    }
}
