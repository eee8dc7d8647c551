-- Issue 21: what the statistical tables ask of a resolved complaint or denunciation (Luật Khiếu nại,
-- Luật Tố cáo; the periodic tables of the inspection sector): money and land to be recovered for the
-- State or returned to citizens, people whose rights were restored, people disciplined, cases
-- referred to the investigating body. One row a petition, recorded once it is decided or concluded.
CREATE TABLE petition_resolution_result (
    petition_id            BIGINT        PRIMARY KEY REFERENCES petition (id),
    money_to_state         BIGINT        NOT NULL DEFAULT 0 CHECK (money_to_state >= 0),
    money_to_citizens      BIGINT        NOT NULL DEFAULT 0 CHECK (money_to_citizens >= 0),
    land_to_state_m2       NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (land_to_state_m2 >= 0),
    land_to_citizens_m2    NUMERIC(14,2) NOT NULL DEFAULT 0 CHECK (land_to_citizens_m2 >= 0),
    people_rights_restored INT           NOT NULL DEFAULT 0 CHECK (people_rights_restored >= 0),
    people_disciplined     INT           NOT NULL DEFAULT 0 CHECK (people_disciplined >= 0),
    cases_to_investigation INT           NOT NULL DEFAULT 0 CHECK (cases_to_investigation >= 0),
    recorded_by            VARCHAR(100),
    recorded_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version                BIGINT        NOT NULL DEFAULT 0
);

-- A result is part of the resolution record sent to the national database: queue it again.
CREATE FUNCTION national_db_queue_result() RETURNS TRIGGER AS $$
DECLARE
    p RECORD;
BEGIN
    SELECT kind, unit_id, competence INTO p FROM petition WHERE id = NEW.petition_id;
    IF p.kind IN ('COMPLAINT', 'DENUNCIATION') AND p.competence = 'RESOLVE' THEN
        PERFORM national_db_queue(p.kind, NEW.petition_id, p.unit_id);
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER petition_resolution_result_national_db AFTER INSERT OR UPDATE ON petition_resolution_result
    FOR EACH ROW EXECUTE FUNCTION national_db_queue_result();
