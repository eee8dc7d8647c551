-- Dialogues brought in by a history import (module org.tiepdan.history, written by the dialogue
-- module's DialogueHistoryWriter) carry the import's id; null for dialogues entered in the system.
-- A past dialogue is recorded in its final state from the old books: it issues nothing in the
-- issued-documents register (its conclusion notice, answers and escalation letters are known by
-- number only) and the books often name neither the secretary nor the officials present, so the
-- checks that hold for dialogues run in the system are relaxed for imported rows only.
ALTER TABLE dialogue            ADD COLUMN import_id BIGINT REFERENCES history_import (id);
ALTER TABLE dialogue_assignment ADD COLUMN import_id BIGINT REFERENCES history_import (id);
CREATE INDEX dialogue_import_ix ON dialogue (import_id) WHERE import_id IS NOT NULL;
CREATE INDEX dialogue_assignment_import_ix ON dialogue_assignment (import_id) WHERE import_id IS NOT NULL;

ALTER TABLE dialogue DROP CONSTRAINT dialogue_held_ck;
ALTER TABLE dialogue ADD CONSTRAINT dialogue_held_ck CHECK (state IN ('PLANNED', 'CANCELLED')
    OR (chair_name IS NOT NULL AND secretary_name IS NOT NULL AND officials_count IS NOT NULL
        AND citizens_count IS NOT NULL AND conclusion_due IS NOT NULL)
    OR (import_id IS NOT NULL AND chair_name IS NOT NULL));

ALTER TABLE dialogue DROP CONSTRAINT dialogue_concluded_ck;
ALTER TABLE dialogue ADD CONSTRAINT dialogue_concluded_ck CHECK (state NOT IN ('CONCLUDED', 'CLOSED')
    OR (conclusion_issued_on IS NOT NULL AND conclusion_document_id IS NOT NULL)
    OR (import_id IS NOT NULL AND conclusion_issued_on IS NOT NULL));

ALTER TABLE dialogue_assignment DROP CONSTRAINT dialogue_assignment_answered_ck;
ALTER TABLE dialogue_assignment ADD CONSTRAINT dialogue_assignment_answered_ck CHECK (state <> 'ANSWERED'
    OR (answered_on IS NOT NULL AND answer_number IS NOT NULL AND answer IS NOT NULL)
    OR (import_id IS NOT NULL AND answered_on IS NOT NULL AND answer IS NOT NULL));

ALTER TABLE dialogue_assignment DROP CONSTRAINT dialogue_assignment_escalated_ck;
ALTER TABLE dialogue_assignment ADD CONSTRAINT dialogue_assignment_escalated_ck CHECK (state <> 'ESCALATED'
    OR (escalated_on IS NOT NULL AND escalated_to IS NOT NULL AND escalation_document_id IS NOT NULL)
    OR (import_id IS NOT NULL AND escalated_on IS NOT NULL AND escalated_to IS NOT NULL));
