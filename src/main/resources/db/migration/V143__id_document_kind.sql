-- Issue 18, "Identity documents" (LAW.md): a person's document is a kind plus its number, each kind
-- validated by its own rule (org.tiepdan.platform.IdDocument). The kind is nullable: rows written
-- before it existed, sealed people (their kind stays in the sealed envelope with the number), and
-- people without a number have none.

-- Petitioners. Backfilled from the number's form where it is stored in clear (12 digits: CCCD,
-- 9 digits: CMND); an imported number of any other form keeps no kind, as the old book had none.
ALTER TABLE petitioner ADD COLUMN id_kind VARCHAR(16)
    CONSTRAINT petitioner_id_kind_ck CHECK (id_kind IN ('CCCD', 'CMND', 'PASSPORT', 'PERSONAL_ID'));
UPDATE petitioner SET id_kind = 'CCCD' WHERE id_number ~ '^[0-9]{12}$';
UPDATE petitioner SET id_kind = 'CMND' WHERE id_number ~ '^[0-9]{9}$';

-- Reception visits held only 12-digit CCCDs (reception_visit_cccd_ck): every stored number is one.
-- The number now follows its kind's rule: 9 digits (CMND), 12 digits (CCCD, personal
-- identification number) or 6 to 9 upper-case letters and digits (passport).
ALTER TABLE reception_visit DROP CONSTRAINT reception_visit_cccd_ck;
ALTER TABLE reception_visit ADD COLUMN id_kind VARCHAR(16)
    CONSTRAINT reception_visit_id_kind_ck CHECK (id_kind IN ('CCCD', 'CMND', 'PASSPORT', 'PERSONAL_ID'));
UPDATE reception_visit SET id_kind = 'CCCD' WHERE citizen_id_number IS NOT NULL;
ALTER TABLE reception_visit ADD CONSTRAINT reception_visit_id_number_ck CHECK (citizen_id_number IS NULL OR (
    id_kind IS NOT NULL AND CASE id_kind
        WHEN 'CMND' THEN citizen_id_number ~ '^[0-9]{9}$'
        WHEN 'PASSPORT' THEN citizen_id_number ~ '^[0-9A-Z]{6,9}$'
        ELSE citizen_id_number ~ '^[0-9]{12}$' END));
