package org.craftrank.candidate.identity;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class IdentityRedactionTest {

    @Test
    void blanksOutEveryLiteralOccurrenceLongestFirst() {
        IdentityRedaction redaction = IdentityRedaction.of(Arrays.asList("王秀英", "中车南京浦镇车辆有限公司", "中车", null, " "));
        assertEquals("我是〔已隐去〕，在〔已隐去〕工作；〔已隐去〕的同事都认识〔已隐去〕。",
                redaction.redact("我是王秀英，在中车南京浦镇车辆有限公司工作；中车的同事都认识王秀英。"));
    }

    @Test
    void leavesOtherTextAndSingleCharactersAlone() {
        IdentityRedaction redaction = IdentityRedaction.of(Arrays.asList("王", "李强"));
        assertEquals("王师傅带徒弟", redaction.redact("王师傅带徒弟"));
        assertNull(redaction.redact(null));
    }
}
