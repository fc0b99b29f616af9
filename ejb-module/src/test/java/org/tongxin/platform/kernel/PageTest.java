package org.tongxin.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PageTest {

    /** A row that counts how often it is hashed. */
    public static final class Row {
        static final AtomicInteger HASHED = new AtomicInteger();
        private final long id;

        Row(long id) {
            this.id = id;
        }

        public long getId() {
            return id;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Row r && r.id == id;
        }

        @Override
        public int hashCode() {
            HASHED.incrementAndGet();
            return Long.hashCode(id);
        }
    }

    @Test
    void writingAPageAsJsonHashesEachRowOnlyForItsOwnCycleCheck() throws Exception {
        List<Row> rows = List.of(new Row(1), new Row(2), new Row(3), new Row(4));
        Page<Row> page = new Page<>(rows, 0, 20, 4);
        Row.HASHED.set(0);
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(page);
        }
        assertTrue(json.contains("\"total\":4") && json.contains("{\"id\":4}"), json);
        // JSON-B (Yasson) adds every object it writes to a hash set and removes it afterwards: twice per row. A page
        // whose own hash took in its items hashed every row twice more (and every field of every row, for records).
        assertEquals(2 * rows.size(), Row.HASHED.get());
    }

    @Test
    void equalPagesHashAlikeAndTheHashDoesNotReadTheItems() {
        Row.HASHED.set(0);
        Page<Row> a = new Page<>(List.of(new Row(1), new Row(2)), 1, 2, 10);
        Page<Row> b = new Page<>(List.of(new Row(1), new Row(2)), 1, 2, 10);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(0, Row.HASHED.get());
        assertNotEquals(a, new Page<>(List.of(new Row(1), new Row(3)), 1, 2, 10));
    }
}
