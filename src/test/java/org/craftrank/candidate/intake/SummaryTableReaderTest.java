package org.craftrank.candidate.intake;

import org.craftrank.candidate.Gender;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reading summary tables (pure: bytes in, rows of fields and problems out). */
class SummaryTableReaderTest {

    static final String TITLE_2024 = "大国工匠培育对象推荐汇总表";
    /** The example row of the 2024 annex 2, as printed. */
    static final Object[] EXAMPLE_2024 = {"示例", "张三", "男", "1980.6", "汉", "大专", "中共党员", "",
            "中车XX机车车辆有限公司", "XX车间XX班组成员", "制造业", "数控装调维修工", "高级工程师", "高级技师", "2007.7", "10",
            "非公有制", "一线产业工人", "是", "全国劳动模范", "中华技能大奖 大河大工匠", "XXX, XX 公司首席技师",
            "XXX, XX 公司首席技师", "XXX, XX 公司首席技师", "(300字以内)", "(30字以内)"};

    static Object[] row2024(String sequence, String name, Object birth, Object idNumber, Object workStart, Object years,
                            Object phone) {
        return new Object[]{sequence, name, "女", birth, "汉族", "大学本科", "中共党员", idNumber, "中车南京浦镇车辆有限公司",
                "班组长", "制造业", "焊工", "高级工程师", "高级技师", workStart, years, "国有企业", "一线产业工人", "否",
                "全国劳动模范", "中华技能大奖", "李四，中国中车集团，首席技师", "王五，东南大学，教授", "赵六，南京工业大学，教授",
                "长期扎根一线。", "扎根一线的焊接工匠", "南京市浦口区", "210031", phone, "江苏", "刘联系", "025-12345678"};
    }

    static SummaryTableReader.Result read(byte[] file) {
        return SummaryTableReader.read(TableReaders.read(file, TableLimits.DEFAULT));
    }

    @Test
    void theNationalLayoutIsFoundBelowItsTitleAndTheExampleRowIsSkipped() {
        byte[] file = SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2, TITLE_2024)
                .row(EXAMPLE_2024)
                .row(row2024("1", "王秀英", "1980.6", "320102198006151237", "2000.7", "20", "139 1234 5678"))
                .row("2")
                .xlsx();
        SummaryTableReader.Result result = read(file);
        assertEquals(SummaryLayout.NATIONAL_2024_ANNEX_2, result.layout());
        assertEquals(2, result.headerRow());
        assertEquals(32, result.columns().size());
        assertEquals(List.of(), result.fileProblems());
        assertEquals(List.of(SummaryTableReader.RowStatus.SKIPPED, SummaryTableReader.RowStatus.READ,
                SummaryTableReader.RowStatus.SKIPPED), result.rows().stream().map(SummaryTableReader.RowOutcome::status).toList());
        assertEquals("the form's example row (示例)", result.rows().get(0).note());
        ImportedCandidate c = result.rows().get(1).candidate();
        assertEquals(List.of(), result.rows().get(1).problems());
        assertEquals("王秀英", c.name());
        assertEquals(Gender.FEMALE, c.gender());
        assertEquals("1980-06", c.birthYearMonth());
        assertEquals("2000-07", c.workStart());
        assertEquals(20, c.shopFloorYears());
        assertEquals(false, c.migrantWorker());
        assertEquals("13912345678", c.phone());
        assertEquals("江苏", c.unitName());
        assertEquals(List.of(new ImportedCandidate.Referee("李四", "中国中车集团", "首席技师"),
                new ImportedCandidate.Referee("王五", "东南大学", "教授"),
                new ImportedCandidate.Referee("赵六", "南京工业大学", "教授")), c.referees());
        assertEquals("H4", c.cells().get(SummaryColumn.ID_NUMBER));
    }

    @Test
    void theProvincialLayoutIsRecognisedWithItsTwoLineHeader() {
        byte[] file = SummaryFiles.of(SummaryLayout.PROVINCIAL_2026_ANNEX_3, "大国工匠人才推荐汇总表",
                        "推荐单位：                                   联系人及电话：")
                .row("1", "张三", "男", "1980.6", "汉族", "大学本科", "中共党员", "中国航天科工二院", "集团公司首席技师", "航空航天",
                        "焊工", "高级工程师", "首席技师", "2007.7", "10", "国有企业", "全国劳动模范、河北大工匠", "国家科技进步二等奖",
                        "13912345678")
                .csv(true);
        SummaryTableReader.Result result = read(file);
        assertEquals(SummaryLayout.PROVINCIAL_2026_ANNEX_3, result.layout());
        assertEquals(3, result.headerRow());
        assertEquals("出生年月", result.columns().get(3).header());
        assertEquals("国有企业", result.rows().get(0).candidate().enterpriseType());
        assertEquals(List.of(), result.rows().get(0).problems());
    }

    @Test
    void datesAreReadInEveryUsualWritingAndFromExcelDateCells() {
        SummaryFiles files = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "出生年月", "何时参加工作"));
        files.row("甲", "男", "某公司", LocalDate.of(1980, 6, 15), "2024-05-01")
                .row("乙", "男", "某公司", "1980/6/15", "2024/5/1")
                .row("丙", "男", "某公司", "１９８０年６月", "2024年5月1日")
                .row("丁", "男", "某公司", 1980.6, 45413.0)
                .row("戊", "男", "某公司", 1980.1, "2024.13");
        List<SummaryTableReader.RowOutcome> rows = read(files.xlsx()).rows();
        for (int i = 0; i < 4; i++) {
            assertEquals("1980-06", rows.get(i).candidate().birthYearMonth(), "row " + rows.get(i).row());
            assertEquals("2024-05", rows.get(i).candidate().workStart(), "row " + rows.get(i).row());
        }
        assertEquals(List.of(
                new ImportProblem(6, "出生年月", "D6", "1980.1", "ambiguous-number", "出生年月 1980.1 was typed as a "
                        + "number, and Excel writes 1980.10 as 1980.1 too, so the month is unclear; format the column "
                        + "as text and write the month in two digits (1980.10 or 1980-10)"),
                new ImportProblem(6, "何时参加工作", "E6", "2024.13", "date-format", "何时参加工作 is not a year and "
                        + "month; write it like 1980.6, 1980-06, 1980年6月 or 1980-06-15")), rows.get(4).problems());
    }

    @Test
    void fullWidthDigitsAreFoldedInNumbersAndCodes() {
        byte[] file = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "身份证号", "生产现场工作年限", "推荐对象联系电话", "邮编"))
                .row("甲", "女", "某公司", "３２０１０２１９８００６１５１２３７", "１０年", "１３９１２３４５６７８", "２１００３１")
                .csv(false);
        ImportedCandidate c = read(file).rows().get(0).candidate();
        assertEquals("320102198006151237", c.idNumber());
        assertEquals(10, c.shopFloorYears());
        assertEquals("13912345678", c.phone());
        assertEquals("210031", c.postcode());
    }

    @Test
    void formulasAreReadAsTextAndRefusedNeverEvaluated() {
        byte[] file = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "生产现场工作年限"))
                .row("甲", "男", new SummaryFiles.Formula("HYPERLINK(\"http://x.example\",\"点我\")"),
                        new SummaryFiles.Formula("5+5"))
                .xlsx();
        SummaryTableReader.RowOutcome row = read(file).rows().get(0);
        assertEquals(List.of("C2 formula =HYPERLINK(\"http://x.example\",\"点我\")", "D2 formula =5+5"),
                row.problems().stream().map(p -> p.cell() + " " + p.rule() + " " + p.value()).toList());
        assertNull(row.candidate().employer());
        assertNull(row.candidate().shopFloorYears());
        // In CSV, a cell a spreadsheet would run as a formula is refused the same way.
        byte[] csv = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位"))
                .row("=cmd|' /C calc'!A0", "男", "某公司").csv(false);
        assertEquals("formula", read(csv).rows().get(0).problems().get(0).rule());
    }

    @Test
    void wrongHeadersAreNamedWithTheirCells() {
        SummaryTableReader.Result foreign = read(SummaryFiles.withHeaders(List.of("Name", "Sex", "Employer"))
                .row("Zhang San", "M", "ACME").csv(false));
        assertNull(foreign.headerRow());
        assertEquals(List.of(ImportProblem.ofFile("header-row", "no header row found: a row naming the summary table's "
                + "columns (序号, 姓名, 性别, 出生年月, ... as in the notice's 汇总表) must come before the candidates; the "
                + "first row reads 'Name', 'Sex', 'Employer'")), foreign.fileProblems());

        SummaryTableReader.Result odd = read(SummaryFiles.withHeaders(List.of("姓名", "性别", "爱好", "性 别"))
                .row("甲", "男", "钓鱼", "男").csv(false));
        assertEquals(List.of("C1 unknown-column 爱好", "D1 duplicate-column 性别", "null missing-column 工作单位"),
                odd.fileProblems().stream().map(p -> p.cell() + " " + p.rule() + " " + p.column()).toList());
        assertTrue(odd.fileProblems().get(0).message().startsWith("'爱好' is not a column of the summary table"));
    }

    @Test
    void headersTolerateBlanksFullWidthAndNotes() {
        SummaryTableReader.Result result = read(SummaryFiles.withHeaders(List.of(" 姓 名 ", "性别＊", "工作\n单位",
                "推荐理由（300字以内）", "技术技能(工匠)奖项", "同行高级专家１姓名单位职务")).row("甲", "男", "某公司", "理由", "奖", "李四，甲公司")
                .xlsx());
        assertEquals(List.of(SummaryColumn.NAME, SummaryColumn.GENDER, SummaryColumn.EMPLOYER,
                        SummaryColumn.RECOMMENDATION_REASON, SummaryColumn.AWARDS, SummaryColumn.REFEREE_1),
                result.columns().stream().map(SummaryTableReader.ColumnMapping::column).toList());
        assertEquals(List.of(), result.fileProblems());
    }

    @Test
    void mergedCellsBelowTheHeaderAreRefusedAndTitleMergesIgnored() {
        byte[] file = SummaryFiles.of(SummaryLayout.PROVINCIAL_2026_ANNEX_3, "大国工匠人才推荐汇总表")
                .row("1", "甲", "男").row("2", "乙", "男")
                .merge(1, 1, 0, 18)
                .merge(3, 4, 7, 7)
                .xlsx();
        SummaryTableReader.Result result = read(file);
        assertEquals(List.of(new ImportProblem(3, null, "H3:H4", null, "merged-cells",
                "cells H3:H4 are merged; unmerge them and fill in every cell, one candidate per row")),
                result.fileProblems());
    }

    @Test
    void emptySheetsAndTablesWithoutRowsAreClearErrors() {
        TableFileException empty = assertThrows(TableFileException.class, () -> read(SummaryFiles.empty().xlsx()));
        assertEquals("empty-sheet", empty.rule());
        assertEquals("sheet '汇总表' is empty; the summary table must be on the first sheet", empty.getMessage());
        SummaryTableReader.Result headersOnly = read(SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2).row(EXAMPLE_2024)
                .xlsx());
        assertEquals(List.of(ImportProblem.ofFile("no-rows", "the table has its header in row 1 but no candidate below it")),
                headersOnly.fileProblems());
    }

    @Test
    void idNumbersTypedAsNumbersAreRefusedBecauseExcelHasLostDigits() {
        byte[] file = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "身份证号"))
                .row("甲", "男", "某公司", 3.20102198006151e17).xlsx();
        ImportProblem problem = read(file).rows().get(0).problems().get(0);
        assertEquals("text-cell", problem.rule());
        assertTrue(problem.value().matches("320102\\*{8}\\d{4}"), problem.value());
    }

    @Test
    void refereeCellsNeedANameAndAUnit() {
        byte[] file = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "同行高级专家 1 姓名单位职务",
                        "同行高级专家 2 姓名单位职务"))
                .row("甲", "男", "某公司", "XXX, XX 公司首席技师", "李四").csv(false);
        SummaryTableReader.RowOutcome row = read(file).rows().get(0);
        assertEquals(List.of(new ImportedCandidate.Referee("XXX", "XX 公司首席技师", null)), row.candidate().referees());
        assertEquals("referee-format", row.problems().get(0).rule());
        assertEquals("同行高级专家 2 姓名单位职务", row.problems().get(0).column());
    }

    @Test
    void csvWithAndWithoutByteOrderMarkReadsTheSameAndQuotedCellsKeepLineBreaks() {
        SummaryFiles files = SummaryFiles.withHeaders(List.of("姓名", "性别", "工作单位", "推荐理由"))
                .row("甲", "男", "某公司，技术中心", "第一行\n第二行，\"引号\"");
        SummaryTableReader.Result withBom = read(files.csv(true));
        SummaryTableReader.Result without = read(files.csv(false));
        assertEquals(withBom.rows().get(0).candidate().recommendationReason(),
                without.rows().get(0).candidate().recommendationReason());
        assertEquals("第一行\n第二行，\"引号\"", without.rows().get(0).candidate().recommendationReason());
        assertEquals("某公司，技术中心", withBom.rows().get(0).candidate().employer());
    }

    @Test
    void csvInAnotherEncodingOrBrokenQuotingIsRefused() {
        byte[] gbk = "姓名,性别,工作单位\r\n张三,男,某公司\r\n".getBytes(Charset.forName("GBK"));
        TableFileException encoding = assertThrows(TableFileException.class, () -> read(gbk));
        assertEquals("encoding", encoding.rule());
        TableFileException quote = assertThrows(TableFileException.class,
                () -> read("姓名,性别,工作单位\r\n\"张三,男,某公司\r\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals("csv-syntax", quote.rule());
        assertEquals("a quoted cell opened in row 2 is never closed", quote.getMessage());
    }

    @Test
    void aZipBombIsRefusedBeforeItIsInflated() {
        byte[] bomb = SummaryFiles.zipBomb(SummaryFiles.of(SummaryLayout.NATIONAL_2024_ANNEX_2).xlsx(), 200);
        assertTrue(bomb.length < 1024 * 1024, "the bomb is small: " + bomb.length);
        TableFileException e = assertThrows(TableFileException.class, () -> read(bomb));
        assertEquals("zip-bomb", e.rule());
    }

    @Test
    void oversizedFilesAndOtherFormatsAreRefused() {
        TableLimits small = new TableLimits(100, 10, 10, 100);
        assertEquals("max-size", assertThrows(TableFileException.class,
                () -> TableReaders.read(new byte[101], small)).rule());
        assertEquals("format", assertThrows(TableFileException.class,
                () -> TableReaders.read(new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0}, small)).rule());
        assertEquals("unreadable", assertThrows(TableFileException.class,
                () -> TableReaders.read(new byte[]{0x50, 0x4B, 0x03, 0x04, 1, 2, 3}, TableLimits.DEFAULT)).rule());
        assertEquals("too-many-rows", assertThrows(TableFileException.class,
                () -> TableReaders.read("a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n".getBytes(), small)).rule());
    }
}
