package org.craftrank.candidate.intake;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The notices' column lists, against the columns the import knows. */
class SummaryLayoutTest {

    @ParameterizedTest
    @EnumSource(SummaryLayout.class)
    void everyHeaderTheNoticePrintsIsAKnownColumnAndNoneTwice(SummaryLayout layout) {
        List<SummaryColumn> columns = layout.columns();
        assertEquals(layout.headers().size(), columns.size());
        assertEquals(columns.size(), columns.stream().distinct().count(), layout + " maps two headers to one column");
        assertTrue(columns.containsAll(SummaryColumn.REQUIRED), layout + " has the required columns");
    }

    @Test
    void theTwoNoticesDifferWhereTheirFormsDo() {
        assertEquals(32, SummaryLayout.NATIONAL_2024_ANNEX_2.headers().size());
        assertEquals(19, SummaryLayout.PROVINCIAL_2026_ANNEX_3.headers().size());
        assertTrue(SummaryLayout.NATIONAL_2024_ANNEX_2.columns().contains(SummaryColumn.ID_NUMBER));
        assertTrue(!SummaryLayout.PROVINCIAL_2026_ANNEX_3.columns().contains(SummaryColumn.ID_NUMBER),
                "the 2026 summary table asks for no ID number");
        assertEquals(SummaryColumn.EDUCATION, SummaryColumn.forHeader("学历学位").orElseThrow());
        assertEquals(SummaryColumn.ENTERPRISE_TYPE, SummaryColumn.forHeader("企业性质").orElseThrow());
        assertEquals(SummaryColumn.REFEREE_2, SummaryColumn.forField("referees[1].employer").orElseThrow());
        assertEquals(SummaryColumn.LEADERSHIP_POST, SummaryColumn.forField("declarations.leadershipPost").orElseThrow());
    }
}
