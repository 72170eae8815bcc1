-- Issue 19: the ranking aggregates the exact totals, not the 10-place rounding in `total`.
-- Each submitted total is also kept as a reduced fraction in two integer columns, so the ranking reads integers
-- with a projection (no text parsing, no numeric(20,10) rounding) and brings them to one common denominator.
-- `total_exact` (text) and `total` (rounded) stay for the sheet views and for SQL readers.
ALTER TABLE score_sheet ADD COLUMN total_numerator BIGINT;
ALTER TABLE score_sheet ADD COLUMN total_denominator BIGINT;
ALTER TABLE score_sheet_capability ADD COLUMN total_numerator BIGINT;
ALTER TABLE score_sheet_capability ADD COLUMN total_denominator BIGINT;

-- Existing sheets: split the stored fraction text ("563/90", or "7" for a whole number).
UPDATE score_sheet SET
    total_numerator = CAST(CASE WHEN POSITION('/' IN total_exact) > 0
        THEN SUBSTRING(total_exact FROM 1 FOR POSITION('/' IN total_exact) - 1) ELSE total_exact END AS BIGINT),
    total_denominator = CAST(CASE WHEN POSITION('/' IN total_exact) > 0
        THEN SUBSTRING(total_exact FROM POSITION('/' IN total_exact) + 1) ELSE '1' END AS BIGINT)
WHERE total_exact IS NOT NULL;
UPDATE score_sheet_capability SET
    total_numerator = CAST(CASE WHEN POSITION('/' IN total_exact) > 0
        THEN SUBSTRING(total_exact FROM 1 FOR POSITION('/' IN total_exact) - 1) ELSE total_exact END AS BIGINT),
    total_denominator = CAST(CASE WHEN POSITION('/' IN total_exact) > 0
        THEN SUBSTRING(total_exact FROM POSITION('/' IN total_exact) + 1) ELSE '1' END AS BIGINT);
ALTER TABLE score_sheet_capability ALTER COLUMN total_numerator SET NOT NULL;
ALTER TABLE score_sheet_capability ALTER COLUMN total_denominator SET NOT NULL;

-- The disagreement threshold becomes a share of the scale's range (it was points of the total, default 10, which
-- cannot be reached on a 0–10 scale). Every model so far scores 0–10, so points / 10 keeps a customised value's
-- meaning; the old default becomes the new one, 0.2 (see README, "Ranking diagnostics").
UPDATE campaign SET disagreement_threshold = CASE WHEN disagreement_threshold = 10 THEN 0.2
    ELSE LEAST(disagreement_threshold / 10, 1) END;
ALTER TABLE campaign ALTER COLUMN disagreement_threshold SET DEFAULT 0.2;

-- Leniency is flagged only beyond this margin, in points of the total; the default is half a step of the model's
-- scale, 0.25 for every model so far (steps of 0.5).
ALTER TABLE campaign ADD COLUMN leniency_margin NUMERIC(10, 4) DEFAULT 0.25 NOT NULL;
