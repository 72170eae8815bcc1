-- The public notice's minimum length (公示期), per campaign (issue 24): a number of calendar or working days,
-- counted from the day the campaign enters PUBLIC_NOTICE in Asia/Shanghai; publishing before it has run is refused.
-- Five working days unless the secretariat sets another length; existing campaigns get the same.
ALTER TABLE campaign ADD COLUMN notice_period_length INT DEFAULT 5 NOT NULL;
ALTER TABLE campaign ADD COLUMN notice_period_unit VARCHAR(20) DEFAULT 'WORKING_DAYS' NOT NULL;
