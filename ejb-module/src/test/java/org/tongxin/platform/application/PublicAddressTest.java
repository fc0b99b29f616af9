package org.tongxin.platform.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PublicAddressTest {

    @Test
    void theConfiguredAddressIsUsedWithoutATrailingSlash() {
        assertEquals("https://tongxin.example.gov.cn/tx", PublicAddress.parse(" https://tongxin.example.gov.cn/tx/ "));
    }

    @Test
    void nothingOrSomethingUnusableGivesTheDefault() {
        assertEquals(PublicAddress.DEFAULT, PublicAddress.parse(null));
        assertEquals(PublicAddress.DEFAULT, PublicAddress.parse("  "));
        assertEquals(PublicAddress.DEFAULT, PublicAddress.parse("tongxin.example.gov.cn"));
        assertEquals(PublicAddress.DEFAULT, PublicAddress.parse("javascript:alert(1)"));
        assertEquals(PublicAddress.DEFAULT, PublicAddress.parse("https://x.example/?a=b"));
    }
}
