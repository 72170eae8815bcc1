-- Issue 19: the ranking reads every submitted sheet's capability totals with the sheet row itself, in one column
-- "CODE=num/den;CODE=num/den" (codes in order, each fraction reduced, a whole number without "/1"), written at
-- submit beside the rows of score_sheet_capability (which stay: the sheet views and SQL readers use them). Reading
-- 450,000 joined rows for 10,000 candidates × 9 sheets cost more than the whole rest of a ranking.
-- Sheets submitted before this migration keep NULL here; the ranking reads their capability rows instead.
ALTER TABLE score_sheet ADD COLUMN capability_exact VARCHAR(1000);
