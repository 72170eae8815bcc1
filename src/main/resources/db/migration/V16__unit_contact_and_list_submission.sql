-- Issue 21: a recommending unit's contact, and its list's submission (上报) and return (退回). A unit's list is
-- OPEN (未上报) until the unit submits it (SUBMITTED, 已上报: locked for the unit); the secretariat may return it
-- with a reason (RETURNED, 已退回: open again). Existing units start OPEN.
alter table recommending_unit add column contact varchar(100);
alter table recommending_unit add column list_status varchar(20) default 'OPEN' not null;
alter table recommending_unit add column list_submitted_at timestamp(6) with time zone;
alter table recommending_unit add column list_returned_at timestamp(6) with time zone;
alter table recommending_unit add column list_return_reason varchar(500);
