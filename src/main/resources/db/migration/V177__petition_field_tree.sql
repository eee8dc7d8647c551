-- Issue 21: a petition's field (lĩnh vực) is a code of the field tree (reception_field, V172), as a
-- visit's is. The old flat codes a petition carried (PetitionField: LAND, SOCIAL_POLICY, ADMINISTRATION,
-- JUSTICE, PARTY, ENVIRONMENT, CONSTRUCTION, OTHER) are all codes of that table: those that are now
-- aliases move to the node they mean (LAND → ADM_LAND, ADMINISTRATION → ADM_OTHER, JUSTICE → JUDICIAL),
-- the others are nodes already. Input keeps accepting the old codes (screens, API, import).
--
-- The national database export already mapped each alias onto its node (NationalDbMapping), so the
-- records sent do not change: the petitions' queue trigger is off while they move, and nothing is
-- queued again for a change the national database would not see.
ALTER TABLE petition DISABLE TRIGGER petition_national_db_update;
UPDATE petition p SET field = f.alias_of FROM reception_field f WHERE f.code = p.field AND f.alias_of IS NOT NULL;
ALTER TABLE petition ENABLE TRIGGER petition_national_db_update;
UPDATE petition_case c SET field = f.alias_of FROM reception_field f WHERE f.code = c.field AND f.alias_of IS NOT NULL;

ALTER TABLE petition ADD CONSTRAINT petition_field_fk FOREIGN KEY (field) REFERENCES reception_field (code);
ALTER TABLE petition_case ADD CONSTRAINT petition_case_field_fk FOREIGN KEY (field) REFERENCES reception_field (code);
