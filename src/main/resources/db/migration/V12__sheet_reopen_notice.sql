-- When and why the secretariat last reopened a submitted sheet: the expert's sheet page says so while the
-- sheet is back in draft (the audit log keeps every reopening; this is what the expert is shown).
alter table score_sheet add column reopened_at timestamp;
alter table score_sheet add column reopen_reason varchar(500);
