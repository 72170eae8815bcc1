-- Issue 18: an action done through an API token records the token (id and label), not just its account.
alter table audit_event add column via_token_id bigint;
alter table audit_event add column via_token_label varchar(100);
