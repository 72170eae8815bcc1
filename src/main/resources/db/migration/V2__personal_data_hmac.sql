-- ID and phone numbers are stored encrypted (AES-GCM, see PersonalDataCipher); duplicates are found through
-- a keyed HMAC of the normalised ID number, indexed per campaign.
alter table candidate add column id_number_hmac varchar(64);
create index candidate_id_number_hmac on candidate (campaign_id, id_number_hmac);
