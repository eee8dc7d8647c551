-- Issue 21: a visit carries the kind of the matter and whether it is a new matter or an old one
-- (vụ việc mới phát sinh / vụ việc cũ), as the statistical forms and the national database ask.
-- Both optional: visits entered before stay unclassified (null) rather than guessed.
ALTER TABLE reception_visit ADD COLUMN matter_kind VARCHAR(16)
    CONSTRAINT reception_visit_matter_kind_ck CHECK (matter_kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION', 'MIXED'));
ALTER TABLE reception_visit ADD COLUMN new_matter BOOLEAN;
-- A denunciation's citizen is sealed: the visits already flagged are denunciations.
UPDATE reception_visit SET matter_kind = 'DENUNCIATION' WHERE denunciation AND matter_kind IS NULL;
