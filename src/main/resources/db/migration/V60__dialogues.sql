-- Direct dialogues of heads with citizens (module org.tiepdan.dialogue) and the follow-up of their
-- conclusions. The two time limits are deadline_rule rows already shipped with the calendar
-- (V12: DIALOGUE_CONCLUSION, 10 working days from the dialogue; DIALOGUE_ANSWER, 30 working days
-- from the conclusion notice); a second row for the same code and period would make the rule in
-- force ambiguous, so none is added here.

-- One conference. held_on is the planned day while PLANNED and the day it was held afterwards.
-- unit_id is the body that holds it and numbers its documents; for a joint dialogue of the Party
-- committee and the People's Committee the other body is a second host.
CREATE TABLE dialogue (
    id                         BIGSERIAL    PRIMARY KEY,
    unit_id                    BIGINT       NOT NULL REFERENCES org_unit (id),
    kind                       VARCHAR(16)  NOT NULL,
    topic                      TEXT         NOT NULL,
    held_on                    DATE         NOT NULL,
    start_time                 TIME,
    place                      VARCHAR(500) NOT NULL,
    chair_name                 VARCHAR(255),
    secretary_name             VARCHAR(255),
    officials_count            INT,
    citizens_count             INT,
    state                      VARCHAR(16)  NOT NULL,
    conclusion_due             DATE,
    conclusion_due_explanation TEXT,
    conclusion_issued_on       DATE,
    conclusion_document_id     BIGINT       REFERENCES issued_document (id),
    conclusion_number          VARCHAR(64),
    conclusion_text            TEXT,
    closed_on                  DATE,
    cancelled_on               DATE,
    cancel_reason              TEXT,
    created_by                 VARCHAR(100),
    created_at                 TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version                    BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dialogue_kind_ck CHECK (kind IN ('PERIODIC', 'AD_HOC', 'THEMATIC')),
    CONSTRAINT dialogue_state_ck CHECK (state IN ('PLANNED', 'HELD', 'CONCLUDED', 'CLOSED', 'CANCELLED')),
    CONSTRAINT dialogue_counts_ck CHECK (coalesce(officials_count, 0) >= 0 AND coalesce(citizens_count, 0) >= 0),
    CONSTRAINT dialogue_held_ck CHECK (state IN ('PLANNED', 'CANCELLED')
        OR (chair_name IS NOT NULL AND secretary_name IS NOT NULL AND officials_count IS NOT NULL
            AND citizens_count IS NOT NULL AND conclusion_due IS NOT NULL)),
    CONSTRAINT dialogue_concluded_ck CHECK (state NOT IN ('CONCLUDED', 'CLOSED')
        OR (conclusion_issued_on IS NOT NULL AND conclusion_document_id IS NOT NULL)),
    CONSTRAINT dialogue_closed_ck CHECK (state <> 'CLOSED' OR closed_on IS NOT NULL),
    CONSTRAINT dialogue_cancelled_ck CHECK (state <> 'CANCELLED' OR (cancel_reason IS NOT NULL AND cancelled_on IS NOT NULL))
);
CREATE INDEX dialogue_unit_ix ON dialogue (unit_id, held_on);

-- The heads hosting it: the holding body first, then the co-host of a joint dialogue.
CREATE TABLE dialogue_host (
    dialogue_id  BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    host_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    person_name  VARCHAR(255),
    PRIMARY KEY (dialogue_id, position)
);
CREATE INDEX dialogue_host_unit_ix ON dialogue_host (host_unit_id);

-- Hamlets (thôn, xóm, tổ dân phố) concerned: they get the notice and send opinions.
CREATE TABLE dialogue_hamlet (
    dialogue_id BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    name        VARCHAR(255) NOT NULL,
    PRIMARY KEY (dialogue_id, position)
);

-- The dialogue's documents, each numbered in the issued-documents register (one of each kind).
CREATE TABLE dialogue_document (
    dialogue_id        BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    position           INT         NOT NULL,
    kind               VARCHAR(24) NOT NULL,
    issued_document_id BIGINT      NOT NULL REFERENCES issued_document (id),
    number_symbol      VARCHAR(64) NOT NULL,
    issued_on          DATE        NOT NULL,
    signer             VARCHAR(255),
    PRIMARY KEY (dialogue_id, position),
    CONSTRAINT dialogue_document_kind_ck CHECK (kind IN ('PLAN', 'NOTICE', 'INVITATION', 'OPINION_SUMMARY',
        'RECORD', 'CONCLUSION_NOTICE', 'REPORT'))
);
CREATE UNIQUE INDEX dialogue_document_kind_ux ON dialogue_document (dialogue_id, kind);

-- The .docx as issued (frozen: later edits of the dialogue do not change an issued document).
CREATE TABLE dialogue_document_file (
    issued_document_id BIGINT       PRIMARY KEY REFERENCES issued_document (id),
    file_name          VARCHAR(255) NOT NULL,
    sha256             CHAR(64)     NOT NULL,
    content            BYTEA        NOT NULL,
    created_at         TIMESTAMPTZ  NOT NULL DEFAULT now()
);

-- One point raised before (collected through the hamlets) or at the dialogue.
CREATE TABLE dialogue_opinion (
    id               BIGSERIAL    PRIMARY KEY,
    dialogue_id      BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    seq              INT          NOT NULL,
    stage            VARCHAR(8)   NOT NULL,
    source           VARCHAR(8)   NOT NULL,
    citizen_name     VARCHAR(255),
    hamlet           VARCHAR(255),
    field            VARCHAR(32)  NOT NULL,
    content          TEXT         NOT NULL,
    raised_on        DATE         NOT NULL,
    answered_on_spot BOOLEAN      NOT NULL DEFAULT FALSE,
    answer           TEXT,
    answered_by      VARCHAR(255),
    petition_id      BIGINT       REFERENCES petition (id),
    petition_number  VARCHAR(32),
    recorded_by      VARCHAR(100),
    recorded_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dialogue_opinion_seq_ux UNIQUE (dialogue_id, seq),
    CONSTRAINT dialogue_opinion_stage_ck CHECK (stage IN ('BEFORE', 'AT')),
    CONSTRAINT dialogue_opinion_source_ck CHECK ((source = 'CITIZEN' AND citizen_name IS NOT NULL)
        OR (source = 'HAMLET' AND hamlet IS NOT NULL)),
    CONSTRAINT dialogue_opinion_answer_ck CHECK (NOT answered_on_spot OR answer IS NOT NULL),
    CONSTRAINT dialogue_opinion_route_ck CHECK (NOT (answered_on_spot AND petition_id IS NOT NULL))
);
CREATE INDEX dialogue_opinion_dialogue_ix ON dialogue_opinion (dialogue_id);

-- An open point given to a unit by the conclusion notice, answered in writing or escalated to a
-- higher body (kiến nghị cấp trên) with the body's own document.
CREATE TABLE dialogue_assignment (
    id                     BIGSERIAL    PRIMARY KEY,
    dialogue_id            BIGINT       NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    opinion_id             BIGINT       NOT NULL UNIQUE REFERENCES dialogue_opinion (id),
    assignee_unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    instruction            TEXT,
    assigned_on            DATE         NOT NULL,
    due                    DATE         NOT NULL,
    due_explanation        TEXT         NOT NULL,
    state                  VARCHAR(16)  NOT NULL,
    answered_on            DATE,
    answer_number          VARCHAR(64),
    answer                 TEXT,
    escalated_on           DATE,
    escalated_to           VARCHAR(500),
    escalation_reason      TEXT,
    escalation_document_id BIGINT       REFERENCES issued_document (id),
    escalation_number      VARCHAR(64),
    version                BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT dialogue_assignment_state_ck CHECK (state IN ('OPEN', 'ANSWERED', 'ESCALATED')),
    CONSTRAINT dialogue_assignment_answered_ck CHECK (state <> 'ANSWERED'
        OR (answered_on IS NOT NULL AND answer_number IS NOT NULL AND answer IS NOT NULL)),
    CONSTRAINT dialogue_assignment_escalated_ck CHECK (state <> 'ESCALATED'
        OR (escalated_on IS NOT NULL AND escalated_to IS NOT NULL AND escalation_document_id IS NOT NULL))
);
CREATE INDEX dialogue_assignment_dialogue_ix ON dialogue_assignment (dialogue_id);
CREATE INDEX dialogue_assignment_open_ix ON dialogue_assignment (state, due);
CREATE INDEX dialogue_assignment_unit_ix ON dialogue_assignment (assignee_unit_id);

-- Reminders written by the daily job: due within 3 working days, and overdue (once per due date).
CREATE TABLE dialogue_reminder (
    id            BIGSERIAL   PRIMARY KEY,
    assignment_id BIGINT      NOT NULL REFERENCES dialogue_assignment (id) ON DELETE CASCADE,
    dialogue_id   BIGINT      NOT NULL REFERENCES dialogue (id) ON DELETE CASCADE,
    unit_id       BIGINT      NOT NULL REFERENCES org_unit (id),
    kind          VARCHAR(16) NOT NULL,
    due           DATE        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT dialogue_reminder_kind_ck CHECK (kind IN ('UPCOMING', 'OVERDUE')),
    CONSTRAINT dialogue_reminder_ux UNIQUE (assignment_id, kind, due)
);
CREATE INDEX dialogue_reminder_unit_ix ON dialogue_reminder (unit_id, created_at);

-- The local minimum of dialogues a year, per province, tier and kind of body (data, editable).
-- province_code is the GSO code of the province (NULL: every province).
CREATE TABLE dialogue_minimum (
    id             BIGSERIAL    PRIMARY KEY,
    province_code  VARCHAR(8),
    tier           VARCHAR(16)  NOT NULL,
    body_kind      VARCHAR(32)  NOT NULL,
    dialogue_kind  VARCHAR(16)  NOT NULL DEFAULT 'PERIODIC',
    min_per_year   INT          NOT NULL,
    legal_basis    VARCHAR(500) NOT NULL,
    valid_from     DATE         NOT NULL,
    valid_to       DATE,
    note           TEXT,
    CONSTRAINT dialogue_minimum_tier_ck CHECK (tier IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT dialogue_minimum_kind_ck CHECK (dialogue_kind IN ('PERIODIC', 'AD_HOC', 'THEMATIC')),
    CONSTRAINT dialogue_minimum_min_ck CHECK (min_per_year > 0),
    CONSTRAINT dialogue_minimum_dates_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
INSERT INTO dialogue_minimum (province_code, tier, body_kind, dialogue_kind, min_per_year, legal_basis, valid_from, note) VALUES
    ('42', 'COMMUNE', 'PARTY_COMMITTEE', 'PERIODIC', 2,
     'Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân (tỉnh Hà Tĩnh)',
     DATE '2019-02-18', 'Mỗi năm 2 lần, chia đều trong năm (báo cáo sơ kết Quy định 11 của xã Kỳ Thượng); cần xác minh số hiệu văn bản của tỉnh.'),
    ('42', 'COMMUNE', 'PEOPLES_COMMITTEE', 'PERIODIC', 2,
     'Quy chế tiếp xúc, đối thoại trực tiếp của người đứng đầu cấp ủy, chính quyền với Nhân dân (tỉnh Hà Tĩnh)',
     DATE '2019-02-18', 'Mỗi năm 2 lần, chia đều trong năm (báo cáo sơ kết Quy định 11 của xã Kỳ Thượng); cần xác minh số hiệu văn bản của tỉnh.');
