-- Issue 18, LAW.md "Reception duties" (revised 2026-12-07): the commune People's Committee
-- chairman receives citizens at least 2 days a month from 01/7/2026 (Luật 136/2025/QH15; secondary
-- sources), 1 day a week before; the standing committee of the People's Council (Thường trực HĐND)
-- is a host role whose minimum frequency is still to be verified, so it ships without a figure.
ALTER TABLE reception_duty_rule ALTER COLUMN min_days DROP NOT NULL;
ALTER TABLE reception_duty_rule ALTER COLUMN period DROP NOT NULL;
ALTER TABLE reception_duty_rule ALTER COLUMN deputy_counts DROP NOT NULL;
ALTER TABLE reception_duty_rule ADD COLUMN status VARCHAR(16) NOT NULL DEFAULT 'CONFIRMED';
ALTER TABLE reception_duty_rule ADD COLUMN note TEXT;
ALTER TABLE reception_duty_rule ADD CONSTRAINT reception_duty_rule_status_ck CHECK (status IN ('CONFIRMED', 'TO_VERIFY'));
-- A rule without its figure (frequency and whether a deputy counts) is only allowed while it is to be verified.
ALTER TABLE reception_duty_rule ADD CONSTRAINT reception_duty_rule_figure_ck CHECK (
    (min_days IS NULL) = (period IS NULL) AND (status = 'TO_VERIFY' OR (min_days IS NOT NULL AND deputy_counts IS NOT NULL)));
ALTER TABLE reception_duty_rule DROP CONSTRAINT reception_duty_rule_role_ck;
ALTER TABLE reception_duty_rule ADD CONSTRAINT reception_duty_rule_role_ck
    CHECK (host_role IN ('PARTY_SECRETARY', 'PC_CHAIRMAN', 'AGENCY_HEAD', 'PEOPLES_COUNCIL_STANDING'));

UPDATE reception_duty_rule SET min_days = 2, period = 'MONTH',
    legal_basis = 'Luật Tiếp công dân 2013, Điều 15; Luật 136/2025/QH15 (ít nhất 2 ngày trong tháng)',
    note = 'Xác nhận từ nguồn thứ cấp.'
    WHERE host_role = 'PC_CHAIRMAN' AND tier = 'COMMUNE' AND valid_from = DATE '2026-07-01';

INSERT INTO reception_duty_rule (host_role, tier, min_days, period, deputy_counts, legal_basis, valid_from, valid_to, status, note) VALUES
    ('PEOPLES_COUNCIL_STANDING', NULL, NULL, NULL, NULL, 'Luật Tiếp công dân 2013; Luật 136/2025/QH15', DATE '2014-07-01', NULL, 'TO_VERIFY',
     'Thường trực Hội đồng nhân dân tiếp công dân; tần suất tối thiểu cần xác minh với văn bản gốc.');
