-- Petitions (đơn thư) and cases (vụ việc): intake, classification, decisions, per-kind workflows,
-- deadlines with every version, duplicates, attachments, notices and reminders.

-- A case groups the petitions on one matter (repeats, copies sent to several bodies, transfers).
CREATE TABLE petition_case (
    id                  BIGSERIAL PRIMARY KEY,
    unit_id             BIGINT NOT NULL REFERENCES org_unit (id),
    title               VARCHAR(500) NOT NULL,
    kind                VARCHAR(16),
    field               VARCHAR(32),
    competence          VARCHAR(16),
    complex             BOOLEAN NOT NULL DEFAULT FALSE,
    prolonged           BOOLEAN NOT NULL DEFAULT FALSE,
    mass                BOOLEAN NOT NULL DEFAULT FALSE,
    degradation_related BOOLEAN NOT NULL DEFAULT FALSE,
    incited             BOOLEAN NOT NULL DEFAULT FALSE,
    received_on         DATE NOT NULL,
    -- How the matter was handled: GUIDED, TRANSFERRED, DIRECTED, RESOLVED, ... (null while open).
    outcome             VARCHAR(32),
    direction_issued_on DATE,
    settled_on          DATE,
    settled_on_time     BOOLEAN,
    reopened_on         DATE,
    version             BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT petition_case_settled_ck CHECK (settled_on IS NULL OR settled_on_time IS NOT NULL)
);
CREATE INDEX petition_case_unit_ix ON petition_case (unit_id, received_on);

-- Registration numbers: one sequence per unit and year ("15/2025").
CREATE TABLE petition_register (
    unit_id     BIGINT  NOT NULL REFERENCES org_unit (id),
    year        INT     NOT NULL,
    last_number INT     NOT NULL,
    PRIMARY KEY (unit_id, year)
);

CREATE TABLE petition (
    id                     BIGSERIAL PRIMARY KEY,
    unit_id                BIGINT NOT NULL REFERENCES org_unit (id),
    case_id                BIGINT NOT NULL REFERENCES petition_case (id),
    split_from_id          BIGINT REFERENCES petition (id),
    transferred_from_id    BIGINT REFERENCES petition (id),
    registration_year      INT NOT NULL,
    registration_seq       INT NOT NULL,
    registration_number    VARCHAR(32) NOT NULL,
    tracking_code          VARCHAR(16) NOT NULL UNIQUE,
    channel                VARCHAR(16) NOT NULL,
    received_on            DATE NOT NULL,
    sender_body            VARCHAR(500),
    dispatch_number        VARCHAR(64),
    dispatch_date          DATE,
    reception_visit_id     BIGINT,
    content                TEXT NOT NULL,
    content_folded         TEXT GENERATED ALWAYS AS (fold_vi(content)) STORED,
    anonymous              BOOLEAN NOT NULL DEFAULT FALSE,
    copy_marker            BOOLEAN NOT NULL DEFAULT FALSE,
    forwarded              BOOLEAN NOT NULL DEFAULT FALSE,
    headcount              INT NOT NULL DEFAULT 1,
    kind                   VARCHAR(16),
    field                  VARCHAR(32),
    eligible               BOOLEAN,
    ineligibility_reason   VARCHAR(32),
    competence             VARCHAR(16),
    complex                BOOLEAN NOT NULL DEFAULT FALSE,
    prolonged              BOOLEAN NOT NULL DEFAULT FALSE,
    mass                   BOOLEAN NOT NULL DEFAULT FALSE,
    degradation_related    BOOLEAN NOT NULL DEFAULT FALSE,
    incited                BOOLEAN NOT NULL DEFAULT FALSE,
    remote_area            BOOLEAN NOT NULL DEFAULT FALSE,
    especially_complex     BOOLEAN NOT NULL DEFAULT FALSE,
    state                  VARCHAR(32) NOT NULL,
    round                  INT NOT NULL DEFAULT 1,
    outcome                VARCHAR(16),
    reason                 VARCHAR(32),
    handler                VARCHAR(100),
    target_unit_id         BIGINT REFERENCES org_unit (id),
    external_body          VARCHAR(500),
    directed_body          VARCHAR(500),
    direction_expected_on  DATE,
    direction_answered_on  DATE,
    extensions             INT NOT NULL DEFAULT 0,
    settled_on             DATE,
    settled_on_time        BOOLEAN,
    overdue                BOOLEAN NOT NULL DEFAULT FALSE,
    created_at             TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_by             VARCHAR(100),
    version                BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT petition_channel_ck CHECK (channel IN ('IN_PERSON', 'POST', 'TRANSFERRED', 'ONLINE', 'DIALOGUE',
        'HOTLINE', 'EMAIL')),
    CONSTRAINT petition_kind_ck CHECK (kind IS NULL OR kind IN ('COMPLAINT', 'DENUNCIATION', 'RECOMMENDATION',
        'FEEDBACK')),
    CONSTRAINT petition_competence_ck CHECK (competence IS NULL OR competence IN ('RESOLVE', 'DIRECT', 'NONE')),
    CONSTRAINT petition_transferred_ck CHECK (channel <> 'TRANSFERRED' OR sender_body IS NOT NULL),
    CONSTRAINT petition_headcount_ck CHECK (headcount >= 1),
    CONSTRAINT petition_registration_ux UNIQUE (unit_id, registration_year, registration_seq)
);
CREATE INDEX petition_unit_ix ON petition (unit_id, state);
CREATE INDEX petition_case_ix ON petition (case_id);
CREATE INDEX petition_content_trgm_ix ON petition USING gin (content_folded gin_trgm_ops);

-- Petitioners' identity lives apart so that the denouncer-identity module can move it into
-- encrypted storage. Never logged, never in audit summaries.
CREATE TABLE petitioner (
    petition_id     BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position        INT NOT NULL,
    full_name       VARCHAR(255),
    id_number       VARCHAR(32),
    address         VARCHAR(500),
    phone           VARCHAR(32),
    email           VARCHAR(255),
    representative  BOOLEAN NOT NULL DEFAULT FALSE,
    name_key        TEXT GENERATED ALWAYS AS (btrim(regexp_replace(fold_vi(coalesce(full_name, '')), '[^a-z0-9]+', ' ', 'g'))) STORED,
    address_key     TEXT GENERATED ALWAYS AS (btrim(regexp_replace(fold_vi(coalesce(address, '')), '[^a-z0-9]+', ' ', 'g'))) STORED,
    PRIMARY KEY (petition_id, position)
);
CREATE INDEX petitioner_id_number_ix ON petitioner (id_number);
CREATE INDEX petitioner_name_key_ix ON petitioner (name_key, address_key);

-- Who did what and when: every transition, with its written document.
CREATE TABLE petition_event (
    id               BIGSERIAL PRIMARY KEY,
    petition_id      BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position         INT NOT NULL,
    action           VARCHAR(32) NOT NULL,
    from_state       VARCHAR(32),
    to_state         VARCHAR(32) NOT NULL,
    acted_on         DATE NOT NULL,
    actor            VARCHAR(100),
    at               TIMESTAMPTZ NOT NULL DEFAULT now(),
    document_number  VARCHAR(64),
    document_date    DATE,
    note             TEXT,
    notice           BOOLEAN NOT NULL DEFAULT FALSE
);
CREATE INDEX petition_event_petition_ix ON petition_event (petition_id);

-- A deadline of a step (rule code) and every version of it (computed, extended, suspended, resumed).
CREATE TABLE petition_deadline (
    id           BIGSERIAL PRIMARY KEY,
    petition_id  BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    position     INT NOT NULL,
    rule_code    VARCHAR(64) NOT NULL,
    variant      VARCHAR(32) NOT NULL,
    start_on     DATE NOT NULL,
    due          DATE,
    active       BOOLEAN NOT NULL,
    met_on       DATE,
    explanation  TEXT NOT NULL
);
CREATE INDEX petition_deadline_petition_ix ON petition_deadline (petition_id);
CREATE INDEX petition_deadline_due_ix ON petition_deadline (due) WHERE active;

CREATE TABLE petition_deadline_version (
    deadline_id     BIGINT NOT NULL REFERENCES petition_deadline (id) ON DELETE CASCADE,
    number          INT NOT NULL,
    change          VARCHAR(16) NOT NULL,
    on_date         DATE NOT NULL,
    due             DATE,
    explanation     TEXT NOT NULL,
    reason          TEXT,
    extension_code  VARCHAR(64),
    PRIMARY KEY (deadline_id, number)
);

-- Duplicate candidates proposed on intake; the handler links or dismisses each.
CREATE TABLE petition_duplicate (
    id            BIGSERIAL PRIMARY KEY,
    petition_id   BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    candidate_id  BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    reasons       VARCHAR(100) NOT NULL,
    similarity    REAL NOT NULL DEFAULT 0,
    status        VARCHAR(16) NOT NULL DEFAULT 'PROPOSED',
    decided_by    VARCHAR(100),
    decided_at    TIMESTAMPTZ,
    CONSTRAINT petition_duplicate_status_ck CHECK (status IN ('PROPOSED', 'LINKED', 'DISMISSED')),
    CONSTRAINT petition_duplicate_ux UNIQUE (petition_id, candidate_id)
);

CREATE TABLE petition_attachment (
    id            BIGSERIAL PRIMARY KEY,
    petition_id   BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    file_name     VARCHAR(255) NOT NULL,
    content_type  VARCHAR(100) NOT NULL,
    size_bytes    BIGINT NOT NULL,
    sha256        CHAR(64) NOT NULL,
    data          BYTEA NOT NULL,
    uploaded_by   VARCHAR(100),
    uploaded_at   TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX petition_attachment_petition_ix ON petition_attachment (petition_id);

-- In-app reminders: automatic (before a deadline, overdue) or issued by a head (đôn đốc).
CREATE TABLE petition_reminder (
    id            BIGSERIAL PRIMARY KEY,
    petition_id   BIGINT NOT NULL REFERENCES petition (id) ON DELETE CASCADE,
    unit_id       BIGINT NOT NULL REFERENCES org_unit (id),
    kind          VARCHAR(16) NOT NULL,
    rule_code     VARCHAR(64),
    due           DATE,
    note          TEXT,
    created_by    VARCHAR(100),
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT petition_reminder_kind_ck CHECK (kind IN ('UPCOMING', 'OVERDUE', 'URGE'))
);
CREATE UNIQUE INDEX petition_reminder_auto_ux ON petition_reminder (petition_id, kind, rule_code, due)
    WHERE kind IN ('UPCOMING', 'OVERDUE');
CREATE INDEX petition_reminder_unit_ix ON petition_reminder (unit_id, created_at);
