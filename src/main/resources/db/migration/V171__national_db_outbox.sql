-- Issue 21: the national database on complaints and denunciations (NĐ 55/2022). Each record that
-- belongs to one of its data groups has a sync status here: PENDING when created or changed, SENT
-- with the time, FAILED with the error and the time of the next attempt (back-off).
--
-- The rows are written by triggers on the records' own tables, so a change is queued in the very
-- transaction that makes it (whatever path makes it: screens, API, history import, jobs) and a
-- rolled-back change queues nothing. The sender (nationaldb module) only reads the queue and updates
-- the status.
CREATE TABLE national_db_record (
    record_type     VARCHAR(16)  NOT NULL CHECK (record_type IN ('RECEPTION', 'PETITION', 'COMPLAINT',
                                                                 'DENUNCIATION', 'RECOMMENDATION')),
    record_id       BIGINT       NOT NULL,
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    status          VARCHAR(8)   NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED')),
    changed_at      TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    sent_at         TIMESTAMPTZ,
    attempts        INT          NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMPTZ  NOT NULL DEFAULT clock_timestamp(),
    error           VARCHAR(1000),
    PRIMARY KEY (record_type, record_id),
    CONSTRAINT national_db_record_sent_ck CHECK (status <> 'SENT' OR sent_at IS NOT NULL)
);
CREATE INDEX national_db_record_due_ix ON national_db_record (next_attempt_at) WHERE status <> 'SENT';
CREATE INDEX national_db_record_unit_ix ON national_db_record (unit_id, status);

CREATE FUNCTION national_db_queue(kind VARCHAR, id BIGINT, unit BIGINT) RETURNS VOID AS $$
BEGIN
    INSERT INTO national_db_record (record_type, record_id, unit_id)
    VALUES (kind, id, unit)
    ON CONFLICT (record_type, record_id) DO UPDATE
        SET status = 'PENDING', unit_id = EXCLUDED.unit_id, changed_at = clock_timestamp(), attempts = 0,
            next_attempt_at = clock_timestamp(), error = NULL;
END;
$$ LANGUAGE plpgsql;

-- A reception visit: the data group "tiếp công dân".
CREATE FUNCTION national_db_queue_visit() RETURNS TRIGGER AS $$
BEGIN
    PERFORM national_db_queue('RECEPTION', NEW.id, NEW.unit_id);
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER reception_visit_national_db AFTER INSERT ON reception_visit
    FOR EACH ROW EXECUTE FUNCTION national_db_queue_visit();
-- An update that changes nothing (a job rewriting the same values) is not a change.
CREATE TRIGGER reception_visit_national_db_update AFTER UPDATE ON reception_visit
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION national_db_queue_visit();

-- A petition: always "xử lý đơn"; a complaint or denunciation the body resolves also its resolution
-- group; a recommendation or feedback also "xử lý kiến nghị, phản ánh".
CREATE FUNCTION national_db_queue_petition() RETURNS TRIGGER AS $$
BEGIN
    PERFORM national_db_queue('PETITION', NEW.id, NEW.unit_id);
    IF NEW.kind IN ('COMPLAINT', 'DENUNCIATION') AND NEW.competence = 'RESOLVE' THEN
        PERFORM national_db_queue(NEW.kind, NEW.id, NEW.unit_id);
    ELSIF NEW.kind IN ('RECOMMENDATION', 'FEEDBACK') THEN
        PERFORM national_db_queue('RECOMMENDATION', NEW.id, NEW.unit_id);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER petition_national_db AFTER INSERT ON petition
    FOR EACH ROW EXECUTE FUNCTION national_db_queue_petition();
CREATE TRIGGER petition_national_db_update AFTER UPDATE ON petition
    FOR EACH ROW WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION national_db_queue_petition();

-- What is already in the database is queued once, as created.
INSERT INTO national_db_record (record_type, record_id, unit_id)
SELECT 'RECEPTION', id, unit_id FROM reception_visit;
INSERT INTO national_db_record (record_type, record_id, unit_id)
SELECT 'PETITION', id, unit_id FROM petition;
INSERT INTO national_db_record (record_type, record_id, unit_id)
SELECT kind, id, unit_id FROM petition WHERE kind IN ('COMPLAINT', 'DENUNCIATION') AND competence = 'RESOLVE';
INSERT INTO national_db_record (record_type, record_id, unit_id)
SELECT 'RECOMMENDATION', id, unit_id FROM petition WHERE kind IN ('RECOMMENDATION', 'FEEDBACK');
