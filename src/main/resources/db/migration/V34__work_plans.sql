-- Work plans (kế hoạch công tác, seed 002): a unit's plan for a year with the seed's sections
-- (I. Mục đích, yêu cầu; II. Nội dung — the tasks; III. Tổ chức thực hiện), issued with a number
-- of the issued-documents register; tasks with lead and coordinating units, a time frame, a
-- status and links to the records that fulfil them.
CREATE TABLE work_plan (
    id            BIGSERIAL    PRIMARY KEY,
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    plan_year     INT          NOT NULL,
    title         VARCHAR(500) NOT NULL,
    basis         TEXT,
    purpose       TEXT         NOT NULL,
    requirements  TEXT         NOT NULL,
    organisation  TEXT         NOT NULL,
    recipients    TEXT,
    signer_title  VARCHAR(255),
    signer_name   VARCHAR(255),
    state         VARCHAR(16)  NOT NULL DEFAULT 'DRAFT',
    document_id   BIGINT       REFERENCES issued_document (id),
    number_symbol VARCHAR(64),
    issued_on     DATE,
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT work_plan_state_ck CHECK (state IN ('DRAFT', 'ISSUED')),
    CONSTRAINT work_plan_issued_ck CHECK (state <> 'ISSUED' OR (document_id IS NOT NULL AND issued_on IS NOT NULL)),
    CONSTRAINT work_plan_year_ck CHECK (plan_year BETWEEN 2000 AND 2100)
);
CREATE INDEX work_plan_unit_year_ix ON work_plan (unit_id, plan_year);

-- frame_kind RANGE: starts_on (optional) to ends_on; YEAR_ROUND ("Thường xuyên"), MONTHLY
-- ("Hằng tháng"), QUARTERLY ("Hằng quý"): until the end of the plan year; QUARTER: quarter 1-4.
CREATE TABLE plan_task (
    id           BIGSERIAL    PRIMARY KEY,
    plan_id      BIGINT       NOT NULL REFERENCES work_plan (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    title        VARCHAR(500) NOT NULL,
    content      TEXT,
    lead_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    frame_kind   VARCHAR(16)  NOT NULL,
    starts_on    DATE,
    ends_on      DATE,
    quarter      INT,
    status       VARCHAR(16)  NOT NULL DEFAULT 'NOT_STARTED',
    result       TEXT,
    done_on      DATE,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT plan_task_frame_ck CHECK (frame_kind IN ('RANGE', 'YEAR_ROUND', 'MONTHLY', 'QUARTERLY', 'QUARTER')),
    CONSTRAINT plan_task_range_ck CHECK (frame_kind <> 'RANGE' OR ends_on IS NOT NULL),
    CONSTRAINT plan_task_dates_ck CHECK (starts_on IS NULL OR ends_on IS NULL OR ends_on >= starts_on),
    CONSTRAINT plan_task_quarter_ck CHECK (frame_kind <> 'QUARTER' OR quarter BETWEEN 1 AND 4),
    CONSTRAINT plan_task_status_ck CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    CONSTRAINT plan_task_done_ck CHECK (status NOT IN ('DONE', 'CANCELLED') OR result IS NOT NULL)
);
CREATE INDEX plan_task_plan_ix ON plan_task (plan_id, position);

CREATE TABLE plan_task_coordinator (
    task_id BIGINT NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    unit_id BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (task_id, unit_id)
);

-- What fulfils a task: a record of another module (kind, id) with the label shown. Kinds whose
-- module offers a lookup get their label from it; the others keep the label typed.
CREATE TABLE plan_task_link (
    task_id BIGINT       NOT NULL REFERENCES plan_task (id) ON DELETE CASCADE,
    kind    VARCHAR(32)  NOT NULL,
    ref_id  BIGINT       NOT NULL,
    label   VARCHAR(500) NOT NULL,
    PRIMARY KEY (task_id, kind, ref_id)
);
