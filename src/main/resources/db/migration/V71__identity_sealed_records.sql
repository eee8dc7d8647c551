-- Petitions and reception visits whose people are sealed in the identity module: the record keeps a
-- pseudonym in its identity columns. Attachments of a sealed petition: the original is sealed
-- (sealed_file_id), the row keeps only a redacted copy (data), or nothing until one is made.
ALTER TABLE petition ADD COLUMN identity_sealed BOOLEAN NOT NULL DEFAULT FALSE;

ALTER TABLE petition_attachment ALTER COLUMN data DROP NOT NULL;
ALTER TABLE petition_attachment ALTER COLUMN sha256 DROP NOT NULL;
ALTER TABLE petition_attachment ADD COLUMN sealed_file_id BIGINT REFERENCES identity_sealed_file (id);
ALTER TABLE petition_attachment ADD COLUMN redacted BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE petition_attachment ADD CONSTRAINT petition_attachment_data_ck
    CHECK (data IS NOT NULL OR sealed_file_id IS NOT NULL);

-- A visit whose matter is a denunciation (tố cáo): the citizen's identity is sealed.
ALTER TABLE reception_visit ADD COLUMN denunciation BOOLEAN NOT NULL DEFAULT FALSE;
