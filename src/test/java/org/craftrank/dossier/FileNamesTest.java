package org.craftrank.dossier;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FileNamesTest {

    @Test
    void keepsTheLastSegmentWithoutControlsOrQuotesAndRepairsUtf8ReadAsLatin1() {
        assertEquals("证明.pdf", DossierService.cleanName("C:\\Users\\x\\证明.pdf"));
        assertEquals("a.pdf", DossierService.cleanName("../../a.pdf"));
        assertEquals("ab.pdf", DossierService.cleanName("a\u0000\"b.pdf"));
        String mangled = new String("证明.pdf".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
        assertEquals("证明.pdf", DossierService.cleanName(mangled));
        assertEquals("café.pdf", DossierService.cleanName("café.pdf"));
        assertEquals("", DossierService.cleanName(null));
    }
}
