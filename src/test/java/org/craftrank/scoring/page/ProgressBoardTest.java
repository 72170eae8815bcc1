package org.craftrank.scoring.page;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressBoardTest {

    private final ProgressBoard board = ProgressBoard.of(List.of(
                    new ProgressBoard.ExpertCounts(1, "甲", 4, 0, 0, 4, 0),
                    new ProgressBoard.ExpertCounts(2, "乙", 4, 2, 1, 1, 0),
                    new ProgressBoard.ExpertCounts(3, "丙", 4, 1, 0, 3, 1)),
            List.of(new ProgressBoard.CandidateCounts(10, "AAAAAA", "张", 3, 3),
                    new ProgressBoard.CandidateCounts(11, "BBBBBB", "李", 3, 1),
                    new ProgressBoard.CandidateCounts(12, "CCCCCC", "王", 3, 2)));

    @Test
    void theMostBehindComeFirst() {
        assertEquals(List.of("乙", "丙", "甲"), board.experts().stream().map(ProgressBoard.ExpertRow::name).toList());
        assertEquals(List.of("BBBBBB", "CCCCCC", "AAAAAA"),
                board.candidates().stream().map(ProgressBoard.CandidateRow::code).toList());
    }

    @Test
    void outstandingCountsEverySheetNotSubmittedIncludingThoseBlockedByAConflict() {
        assertEquals(3, board.experts().get(0).outstanding());
        assertEquals(1, board.experts().get(1).outstanding(), "the declared conflict still needs a reassignment");
        assertTrue(board.experts().get(1).behind());
        assertFalse(board.experts().get(2).behind());
        assertEquals(List.of("乙", "丙"), board.expertsBehind().stream().map(ProgressBoard.ExpertRow::name).toList());
        assertEquals(2, board.candidatesBehind());
    }

    @Test
    void totalsAddUp() {
        assertEquals(12, board.required());
        assertEquals(8, board.submitted());
        assertEquals(1, board.drafts());
        assertEquals(4, board.outstanding());
    }
}
