-- Issue 19: a petition, a reception session and its visits, a dialogue and a document are held by a
-- body, never by a territory (org.tiepdan.org.HoldingBody). Older versions let the intake form default
-- to the territory, so such rows may exist. Each one is listed here (never deleted, never silently
-- changed); it is re-homed to the territory's People's Committee when that is unambiguous: the
-- territory has exactly one open People's Committee and the row's number is free in that body's
-- series. The rest keep their unit and are listed with the reason, for an administrator to decide
-- (docs/data-model.md, "Records held by territories"); the application logs them at every start.

CREATE TABLE territory_held_record (
    id            BIGSERIAL    PRIMARY KEY,
    record_table  VARCHAR(40)  NOT NULL,
    record_id     BIGINT       NOT NULL,
    territory_id  BIGINT       NOT NULL REFERENCES org_unit (id),
    rehomed_to    BIGINT       REFERENCES org_unit (id),
    reason        VARCHAR(40),
    found_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT territory_held_record_ux UNIQUE (record_table, record_id),
    CONSTRAINT territory_held_record_reason_ck CHECK (
        (rehomed_to IS NULL AND reason IN ('NO_SINGLE_BODY', 'NUMBER_TAKEN', 'TO_DECIDE'))
        OR (rehomed_to IS NOT NULL AND reason IS NULL))
);

-- The one open People's Committee of each territory that has exactly one.
CREATE TEMPORARY TABLE v155_target ON COMMIT DROP AS
SELECT t.id AS territory_id, min(b.id) AS body_id
  FROM org_unit t JOIN org_unit b ON b.parent_id = t.id
 WHERE t.kind = 'ADMINISTRATIVE_AREA' AND b.kind = 'PEOPLES_COMMITTEE' AND b.valid_to IS NULL
 GROUP BY t.id HAVING count(*) = 1;

-- Petitions: re-homed with their case when the registration number is free in the body's series.
INSERT INTO territory_held_record (record_table, record_id, territory_id, rehomed_to, reason)
SELECT 'petition', p.id, p.unit_id,
       CASE WHEN tg.body_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM petition q WHERE q.unit_id = tg.body_id
                   AND q.registration_year = p.registration_year AND q.registration_seq = p.registration_seq)
            THEN tg.body_id END,
       CASE WHEN tg.body_id IS NULL THEN 'NO_SINGLE_BODY'
            WHEN EXISTS (SELECT 1 FROM petition q WHERE q.unit_id = tg.body_id
                   AND q.registration_year = p.registration_year AND q.registration_seq = p.registration_seq)
            THEN 'NUMBER_TAKEN' END
  FROM petition p JOIN org_unit u ON u.id = p.unit_id
  LEFT JOIN v155_target tg ON tg.territory_id = p.unit_id
 WHERE u.kind = 'ADMINISTRATIVE_AREA';

UPDATE petition p SET unit_id = r.rehomed_to
  FROM territory_held_record r
 WHERE r.record_table = 'petition' AND r.record_id = p.id AND r.rehomed_to IS NOT NULL;

UPDATE petition_case c SET unit_id = r.rehomed_to
  FROM territory_held_record r JOIN petition p ON p.id = r.record_id
 WHERE r.record_table = 'petition' AND r.rehomed_to IS NOT NULL AND c.id = p.case_id
   AND c.unit_id = r.territory_id;

-- The body's series continues after the numbers it took over.
INSERT INTO petition_register (unit_id, year, last_number)
SELECT p.unit_id, p.registration_year, max(p.registration_seq)
  FROM petition p JOIN territory_held_record r ON r.record_table = 'petition' AND r.record_id = p.id
 WHERE r.rehomed_to IS NOT NULL
 GROUP BY p.unit_id, p.registration_year
ON CONFLICT (unit_id, year) DO UPDATE
   SET last_number = greatest(petition_register.last_number, excluded.last_number);

-- Reception sessions, with their visits.
INSERT INTO territory_held_record (record_table, record_id, territory_id, rehomed_to, reason)
SELECT 'reception_session', s.id, s.unit_id, tg.body_id,
       CASE WHEN tg.body_id IS NULL THEN 'NO_SINGLE_BODY' END
  FROM reception_session s JOIN org_unit u ON u.id = s.unit_id
  LEFT JOIN v155_target tg ON tg.territory_id = s.unit_id
 WHERE u.kind = 'ADMINISTRATIVE_AREA';

UPDATE reception_session s SET unit_id = r.rehomed_to
  FROM territory_held_record r
 WHERE r.record_table = 'reception_session' AND r.record_id = s.id AND r.rehomed_to IS NOT NULL;

INSERT INTO territory_held_record (record_table, record_id, territory_id, rehomed_to, reason)
SELECT 'reception_visit', v.id, v.unit_id,
       CASE WHEN s.unit_id <> v.unit_id THEN s.unit_id END,
       CASE WHEN s.unit_id = v.unit_id THEN 'NO_SINGLE_BODY' END
  FROM reception_visit v JOIN org_unit u ON u.id = v.unit_id JOIN reception_session s ON s.id = v.session_id
 WHERE u.kind = 'ADMINISTRATIVE_AREA';

UPDATE reception_visit v SET unit_id = r.rehomed_to
  FROM territory_held_record r
 WHERE r.record_table = 'reception_visit' AND r.record_id = v.id AND r.rehomed_to IS NOT NULL;

-- Dialogues name their hosts by unit: listed for a person to decide, never moved here.
INSERT INTO territory_held_record (record_table, record_id, territory_id, reason)
SELECT 'dialogue', d.id, d.unit_id, 'TO_DECIDE'
  FROM dialogue d JOIN org_unit u ON u.id = d.unit_id
 WHERE u.kind = 'ADMINISTRATIVE_AREA';

-- Documents: re-homed when the number is free in the body's register for that period.
INSERT INTO territory_held_record (record_table, record_id, territory_id, rehomed_to, reason)
SELECT 'issued_document', d.id, d.unit_id,
       CASE WHEN tg.body_id IS NOT NULL AND NOT EXISTS (
                SELECT 1 FROM issued_document o WHERE o.unit_id = tg.body_id
                   AND o.period_key = d.period_key AND o.number_key = d.number_key)
            THEN tg.body_id END,
       CASE WHEN tg.body_id IS NULL THEN 'NO_SINGLE_BODY'
            WHEN EXISTS (SELECT 1 FROM issued_document o WHERE o.unit_id = tg.body_id
                   AND o.period_key = d.period_key AND o.number_key = d.number_key)
            THEN 'NUMBER_TAKEN' END
  FROM issued_document d JOIN org_unit u ON u.id = d.unit_id
  LEFT JOIN v155_target tg ON tg.territory_id = d.unit_id
 WHERE u.kind = 'ADMINISTRATIVE_AREA';

UPDATE issued_document d SET unit_id = r.rehomed_to
  FROM territory_held_record r
 WHERE r.record_table = 'issued_document' AND r.record_id = d.id AND r.rehomed_to IS NOT NULL;
