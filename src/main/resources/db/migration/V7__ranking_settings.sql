-- The campaign's threshold for the ranking diagnostics' disagreement flag (sample SD of a candidate's totals).
-- V5 and V6 are taken by the intake and automatic-assignment work.
ALTER TABLE campaign ADD COLUMN disagreement_threshold NUMERIC(10, 4) DEFAULT 10 NOT NULL;
