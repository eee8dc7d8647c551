-- Oversight forms (issue 9, part 2): how a recommendation's due date was set and what completed
-- it; how a person who abused the right to petition was handled, and by which decision.

-- due_basis CONCLUSION: the date written in the conclusion; RULE: computed by the calendar module
-- from rule_code (a deadline_rule counted from the conclusion notice).
ALTER TABLE inspection_recommendation
    ADD COLUMN due_basis          VARCHAR(16) NOT NULL DEFAULT 'CONCLUSION',
    ADD COLUMN rule_code          VARCHAR(60),
    ADD COLUMN result_document_id BIGINT      REFERENCES issued_document (id),
    ADD CONSTRAINT inspection_recommendation_basis_ck CHECK (due_basis IN ('CONCLUSION', 'RULE')),
    ADD CONSTRAINT inspection_recommendation_rule_ck CHECK (due_basis <> 'RULE' OR rule_code IS NOT NULL);
-- (A DONE one has its day: enforced by the aggregate, not by a check that rows answered through the
-- first API without a date would fail.)
CREATE INDEX inspection_recommendation_inspection_ix ON inspection_recommendation (inspection_id);
CREATE INDEX inspection_recommendation_open_ix ON inspection_recommendation (due_on) WHERE status = 'OPEN';
CREATE INDEX inspection_head_inspection_ix ON inspection_head (inspection_id);
CREATE INDEX violation_inspection_ix ON violation (inspection_id);

-- measure_kind: the form of handling, counted in the outline report (seed 001: "nêu rõ số lượng và
-- hình thức xử lý"); decision_ref: a decision of another body that is not in this register.
ALTER TABLE petition_abuse_handling
    ADD COLUMN measure_kind VARCHAR(32)  NOT NULL DEFAULT 'OTHER',
    ADD COLUMN decision_ref VARCHAR(255),
    ADD CONSTRAINT petition_abuse_measure_ck CHECK (measure_kind IN
        ('REMINDER', 'ADMINISTRATIVE_SANCTION', 'CRIMINAL_REFERRAL', 'OTHER'));
CREATE INDEX petition_abuse_unit_date_ix ON petition_abuse_handling (unit_id, decided_on);
