package org.tongxin.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QrSvgTest {

    @Test
    void aNamedCodeCarriesItsNameForScreenReadersEscaped() {
        String svg = QrSvg.of("https://tongxin.example/card/abc", "二维码：名片 <\"A&B\">");
        assertTrue(svg.contains("aria-label=\"二维码：名片 &lt;&quot;A&amp;B&quot;&gt;\""), svg);
        assertTrue(svg.contains("<title>二维码：名片 &lt;&quot;A&amp;B&quot;&gt;</title>"), svg);
    }

    @Test
    void anUnnamedCodeHasNoEmptyName() {
        String svg = QrSvg.of("https://tongxin.example/card/abc");
        assertFalse(svg.contains("aria-label"), svg);
        assertFalse(svg.contains("<title>"), svg);
        assertTrue(new QrCodes().svg(" ", "x").isEmpty());
    }
}
