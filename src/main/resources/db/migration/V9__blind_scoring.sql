-- Blind scoring: when set, experts see a candidate's pseudonymous code instead of the name, the recommending
-- unit, the employer and the referees' names and employers. Off by default (existing campaigns keep showing
-- identities as before).
ALTER TABLE campaign ADD COLUMN blind_scoring BOOLEAN DEFAULT FALSE NOT NULL;
