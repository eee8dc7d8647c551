-- The kind a citizen declared when submitting online (issue 12), apart from the handler's
-- classification: a declared denunciation is confidential from intake on. Not mapped by the
-- Petition entity; written and read by HandedOver and the public tracking view.
ALTER TABLE petition ADD COLUMN declared_kind VARCHAR(16)
    CHECK (declared_kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'FEEDBACK'));
