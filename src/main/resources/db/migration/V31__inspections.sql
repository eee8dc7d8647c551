-- Inspections (kiểm tra) and supervisions (giám sát) of heads, their violations and discipline,
-- recommendations tracked to completion, and the handling of people who abuse the right to petition.
CREATE TABLE inspection (
    id                     BIGSERIAL    PRIMARY KEY,
    unit_id                BIGINT       NOT NULL REFERENCES org_unit (id),
    kind                   VARCHAR(16)  NOT NULL,
    mode                   VARCHAR(16)  NOT NULL,
    topic                  VARCHAR(64),
    title                  VARCHAR(500) NOT NULL,
    started_on             DATE         NOT NULL,
    ended_on               DATE,
    decision_document_id   BIGINT       REFERENCES issued_document (id),
    conclusion_document_id BIGINT       REFERENCES issued_document (id),
    findings               TEXT,
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT inspection_kind_ck CHECK (kind IN ('CHECK', 'SUPERVISION')),
    CONSTRAINT inspection_mode_ck CHECK (mode IN ('PLANNED', 'AD_HOC')),
    CONSTRAINT inspection_dates_ck CHECK (ended_on IS NULL OR ended_on >= started_on)
);
CREATE INDEX inspection_unit_date_ix ON inspection (unit_id, started_on);

CREATE TABLE inspection_body (
    inspection_id BIGINT NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    unit_id       BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (inspection_id, unit_id)
);

-- A head concerned by an inspection; the same person is recognised across inspections by
-- (folded name, unit).
CREATE TABLE inspection_head (
    id            BIGSERIAL    PRIMARY KEY,
    inspection_id BIGINT       NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    full_name     VARCHAR(255) NOT NULL,
    title         VARCHAR(255),
    unit_id       BIGINT       REFERENCES org_unit (id)
);

CREATE TABLE violation (
    id                     BIGSERIAL   PRIMARY KEY,
    inspection_id          BIGINT      NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    head_id                BIGINT      NOT NULL REFERENCES inspection_head (id),
    description            TEXT        NOT NULL,
    severity               VARCHAR(24) NOT NULL,
    discipline_form        VARCHAR(255),
    discipline_document_id BIGINT      REFERENCES issued_document (id),
    disciplined_on         DATE,
    version                BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT violation_severity_ck CHECK (severity IN ('TO_DISCIPLINE', 'NOT_TO_DISCIPLINE'))
);

CREATE TABLE inspection_recommendation (
    id               BIGSERIAL   PRIMARY KEY,
    inspection_id    BIGINT      NOT NULL REFERENCES inspection (id) ON DELETE CASCADE,
    assignee_unit_id BIGINT      NOT NULL REFERENCES org_unit (id),
    content          TEXT        NOT NULL,
    due_on           DATE,
    status           VARCHAR(16) NOT NULL DEFAULT 'OPEN',
    answer           TEXT,
    answered_on      DATE,
    version          BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT inspection_recommendation_status_ck CHECK (status IN ('OPEN', 'DONE'))
);

-- Handling of a person who abused the right to petition (lợi dụng quyền khiếu nại, tố cáo).
CREATE TABLE petition_abuse_handling (
    id                   BIGSERIAL    PRIMARY KEY,
    unit_id              BIGINT       NOT NULL REFERENCES org_unit (id),
    person_name          VARCHAR(255) NOT NULL,
    description          TEXT         NOT NULL,
    measure              VARCHAR(255),
    decision_document_id BIGINT       REFERENCES issued_document (id),
    decided_on           DATE         NOT NULL,
    version              BIGINT       NOT NULL DEFAULT 0
);
