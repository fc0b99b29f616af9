package org.tongxin.platform.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void aPageWhoseOffsetWouldOverflowIsRefusedAsAFieldProblem() {
        Problem p = assertThrows(Problem.class, () -> new Page.Request(Integer.MAX_VALUE, 200));
        assertEquals("page", p.fieldKeys().keySet().iterator().next());
        assertThrows(Problem.class, () -> new Page.Request(Integer.MAX_VALUE / 200 + 1, 200));
        assertThrows(Problem.class, () -> new Page.Request(-1, 20));
        assertThrows(Problem.class, () -> new Page.Request(0, Integer.MAX_VALUE));
        assertThrows(Problem.class, () -> new Page.Request(0, Integer.MIN_VALUE));
    }

    @Test
    void theLastReadablePageHasAPositiveOffset() {
        Page.Request last = new Page.Request(Page.Request.MAX_OFFSET / 200, 200);
        assertTrue(last.offset() > 0 && last.offset() <= Page.Request.MAX_OFFSET);
    }

    @Test
    void aLazyTablesForgedRowsGiveABoundedRequestAndNeverAnArithmeticError() {
        assertEquals(new Page.Request(0, 1), Page.Request.ofRows(-5, 0));
        assertEquals(new Page.Request(0, Page.Request.MAX_SIZE), Page.Request.ofRows(0, Integer.MAX_VALUE));
        Page.Request far = Page.Request.ofRows(Integer.MAX_VALUE, 200);
        assertTrue(far.offset() >= 0 && far.offset() <= Page.Request.MAX_OFFSET);
        Page.Request farSmall = Page.Request.ofRows(Integer.MAX_VALUE, 1);
        assertTrue(farSmall.offset() >= 0 && farSmall.offset() <= Page.Request.MAX_OFFSET);
        assertEquals(new Page.Request(3, 20), Page.Request.ofRows(60, 20));
    }
}
