package org.craftrank.export;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CsvWriterTest {

    @Test
    void writesRfc4180WithABomAndQuotesOnlyWhereNeeded() {
        ExportTable table = new ExportTable("t", List.of("排名", "编号", "说明"), List.of(
                Arrays.asList(1, "K7QM2X", "vs ABCDEF: MEDIAN: 9 vs 7; \"quoted\""),
                Arrays.asList(null, "ZZZZZZ", "line\nbreak, comma")));

        String csv = new String(CsvWriter.write(table), StandardCharsets.UTF_8);

        assertEquals("\uFEFF排名,编号,说明\r\n"
                + "1,K7QM2X,\"vs ABCDEF: MEDIAN: 9 vs 7; \"\"quoted\"\"\"\r\n"
                + ",ZZZZZZ,\"line\nbreak, comma\"\r\n", csv);
    }

    @Test
    void decimalsAreWrittenPlainNeverInExponentForm() {
        ExportTable table = new ExportTable("t", List.of("得分"), List.of(List.of(new BigDecimal("1E+1"))));

        assertEquals("\uFEFF得分\r\n10\r\n", new String(CsvWriter.write(table), StandardCharsets.UTF_8));
    }
}
