-- Issue 24: a sealed denouncer can be reached without anyone reading their address. Keyed hashes
-- (HMAC-SHA256 under index_key_id, like id_index and name_index) of the canonical e-mail address and
-- phone number let the lost-code page find a denunciation by the contact the citizen types again;
-- contact_indexed tells rows sealed before this column existed (filled once by the identity module).
ALTER TABLE identity_sealed_person ADD COLUMN email_index CHAR(64);
ALTER TABLE identity_sealed_person ADD COLUMN phone_index CHAR(64);
ALTER TABLE identity_sealed_person ADD COLUMN contact_indexed BOOLEAN NOT NULL DEFAULT FALSE;
CREATE INDEX identity_sealed_person_email_ix ON identity_sealed_person (index_key_id, email_index);
CREATE INDEX identity_sealed_person_phone_ix ON identity_sealed_person (index_key_id, phone_index);
