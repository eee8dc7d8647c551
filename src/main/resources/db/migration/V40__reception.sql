-- Citizen reception (tiếp công dân): schedules of heads, sessions, visits, and the data the rules
-- read (fields, refusal grounds, the legal minimum frequency of heads' receptions).

-- Fields (lĩnh vực) a visit is classified under; data, editable by SQL/admin.
CREATE TABLE reception_field (
    code     VARCHAR(32)  PRIMARY KEY,
    label    VARCHAR(255) NOT NULL,
    position INT          NOT NULL,
    active   BOOLEAN      NOT NULL DEFAULT TRUE
);
INSERT INTO reception_field (code, label, position) VALUES
    ('LAND', 'Đất đai', 10),
    ('SOCIAL_POLICY', 'Chính sách xã hội', 20),
    ('ADMINISTRATION', 'Hành chính', 30),
    ('JUSTICE', 'Tư pháp', 40),
    ('PARTY', 'Đảng', 50),
    ('ENVIRONMENT', 'Tài nguyên, môi trường', 60),
    ('CONSTRUCTION', 'Xây dựng, giao thông', 70),
    ('OTHER', 'Khác', 99);

-- Legal grounds for refusing to receive (Luật Tiếp công dân 2013 Art. 9).
CREATE TABLE reception_refusal_ground (
    code          VARCHAR(32)  PRIMARY KEY,
    label         VARCHAR(500) NOT NULL,
    legal_basis   VARCHAR(255) NOT NULL,
    needs_notice  BOOLEAN      NOT NULL DEFAULT FALSE,
    position      INT          NOT NULL
);
INSERT INTO reception_refusal_ground (code, label, legal_basis, needs_notice, position) VALUES
    ('INTOXICATED_OR_IMPAIRED', 'Người trong tình trạng say do dùng chất kích thích, người mắc bệnh tâm thần hoặc bệnh khác làm mất khả năng nhận thức hoặc khả năng điều khiển hành vi', 'Luật Tiếp công dân 2013, Điều 9 khoản 1', FALSE, 10),
    ('THREATENING_OR_DISRUPTIVE', 'Người có hành vi đe dọa, xúc phạm người tiếp công dân hoặc vi phạm nội quy nơi tiếp công dân', 'Luật Tiếp công dân 2013, Điều 9 khoản 2', FALSE, 20),
    ('ALREADY_SETTLED', 'Vụ việc đã được giải quyết đúng chính sách, pháp luật, đã được kiểm tra, rà soát, thông báo bằng văn bản nhưng vẫn cố tình khiếu nại, tố cáo kéo dài', 'Luật Tiếp công dân 2013, Điều 9 khoản 3', TRUE, 30),
    ('OTHER_LEGAL', 'Trường hợp khác theo quy định của pháp luật', 'Luật Tiếp công dân 2013, Điều 9 khoản 4', FALSE, 40);

-- Legal minimum frequency of heads' receptions. host_role: PARTY_SECRETARY (head of a Party
-- committee), PC_CHAIRMAN (chairman of a People's Committee), AGENCY_HEAD (head of a State agency).
-- tier NULL applies to every tier. deputy_counts: whether a session hosted by a deputy authorised
-- in writing counts towards the head's duty on that date.
CREATE TABLE reception_duty_rule (
    id            BIGSERIAL    PRIMARY KEY,
    host_role     VARCHAR(32)  NOT NULL,
    tier          VARCHAR(16),
    min_days      INT          NOT NULL CHECK (min_days > 0),
    period        VARCHAR(8)   NOT NULL CHECK (period IN ('MONTH', 'WEEK')),
    deputy_counts BOOLEAN      NOT NULL,
    legal_basis   VARCHAR(500) NOT NULL,
    valid_from    DATE         NOT NULL,
    valid_to      DATE,
    CONSTRAINT reception_duty_rule_role_ck CHECK (host_role IN ('PARTY_SECRETARY', 'PC_CHAIRMAN', 'AGENCY_HEAD')),
    CONSTRAINT reception_duty_rule_dates_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
INSERT INTO reception_duty_rule (host_role, tier, min_days, period, deputy_counts, legal_basis, valid_from, valid_to) VALUES
    ('PARTY_SECRETARY', 'PROVINCE', 1, 'MONTH', TRUE,  'Quy định 11-QĐi/TW; Kết luận 215-KL/TW', DATE '2019-02-18', DATE '2026-06-30'),
    ('PARTY_SECRETARY', 'PROVINCE', 1, 'MONTH', FALSE, 'Quy định 11-QĐi/TW; Kết luận 215-KL/TW; Luật 136/2025/QH15 (không ủy quyền cấp phó từ 01/7/2026)', DATE '2026-07-01', NULL),
    ('PARTY_SECRETARY', 'DISTRICT', 1, 'MONTH', TRUE,  'Quy định 11-QĐi/TW', DATE '2019-02-18', DATE '2025-06-30'),
    ('PARTY_SECRETARY', 'COMMUNE',  2, 'MONTH', TRUE,  'Quy định 11-QĐi/TW; Kết luận 215-KL/TW', DATE '2019-02-18', DATE '2026-06-30'),
    ('PARTY_SECRETARY', 'COMMUNE',  2, 'MONTH', FALSE, 'Quy định 11-QĐi/TW; Kết luận 215-KL/TW; Luật 136/2025/QH15 (không ủy quyền cấp phó từ 01/7/2026)', DATE '2026-07-01', NULL),
    ('PC_CHAIRMAN', 'PROVINCE', 1, 'MONTH', TRUE,  'Luật Tiếp công dân 2013, Điều 12', DATE '2014-07-01', DATE '2026-06-30'),
    ('PC_CHAIRMAN', 'PROVINCE', 1, 'MONTH', FALSE, 'Luật Tiếp công dân 2013, Điều 12; Luật 136/2025/QH15', DATE '2026-07-01', NULL),
    ('PC_CHAIRMAN', 'DISTRICT', 2, 'MONTH', TRUE,  'Luật Tiếp công dân 2013, Điều 13', DATE '2014-07-01', DATE '2025-06-30'),
    ('PC_CHAIRMAN', 'COMMUNE',  1, 'WEEK',  TRUE,  'Luật Tiếp công dân 2013, Điều 15', DATE '2014-07-01', DATE '2026-06-30'),
    ('PC_CHAIRMAN', 'COMMUNE',  1, 'WEEK',  FALSE, 'Luật Tiếp công dân 2013, Điều 15; Luật 136/2025/QH15', DATE '2026-07-01', NULL),
    ('AGENCY_HEAD', NULL,       1, 'MONTH', TRUE,  'Luật Tiếp công dân 2013, Điều 18; Nghị định 64/2014/NĐ-CP', DATE '2014-07-01', DATE '2026-06-30'),
    ('AGENCY_HEAD', NULL,       1, 'MONTH', FALSE, 'Luật Tiếp công dân 2013, Điều 18; Nghị định 64/2014/NĐ-CP; Luật 136/2025/QH15', DATE '2026-07-01', NULL);

-- A published schedule of periodic receptions of one head, or a joint one of several heads.
CREATE TABLE reception_schedule (
    id              BIGSERIAL    PRIMARY KEY,
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    title           VARCHAR(255) NOT NULL,
    recurrence_kind VARCHAR(16)  NOT NULL CHECK (recurrence_kind IN ('DAYS_OF_MONTH', 'WEEKDAY')),
    days_of_month   VARCHAR(100),
    weekday         INT          CHECK (weekday BETWEEN 1 AND 7),
    weeks_of_month  VARCHAR(20),
    place           VARCHAR(255) NOT NULL,
    start_time      TIME         NOT NULL,
    end_time        TIME         NOT NULL,
    valid_from      DATE         NOT NULL,
    valid_to        DATE,
    published       BOOLEAN      NOT NULL DEFAULT FALSE,
    note            TEXT,
    version         BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX reception_schedule_unit_ix ON reception_schedule (unit_id);

CREATE TABLE reception_schedule_host (
    schedule_id  BIGINT       NOT NULL REFERENCES reception_schedule (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    host_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    host_role    VARCHAR(32)  NOT NULL,
    person_name  VARCHAR(255),
    PRIMARY KEY (schedule_id, position)
);

-- One sitting (cuộc tiếp, buổi tiếp).
CREATE TABLE reception_session (
    id            BIGSERIAL    PRIMARY KEY,
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    kind          VARCHAR(16)  NOT NULL CHECK (kind IN ('PERIODIC', 'AD_HOC', 'REGULAR')),
    session_date  DATE         NOT NULL,
    place         VARCHAR(255) NOT NULL,
    schedule_id   BIGINT       REFERENCES reception_schedule (id),
    participants  TEXT,
    note          TEXT,
    closed        BOOLEAN      NOT NULL DEFAULT FALSE,
    created_by    VARCHAR(100),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0
);
CREATE INDEX reception_session_unit_date_ix ON reception_session (unit_id, session_date);
CREATE INDEX reception_session_date_ix ON reception_session (session_date);

-- Who hosted it: a head, a deputy authorised in writing, or reception staff.
CREATE TABLE reception_session_host (
    session_id        BIGINT       NOT NULL REFERENCES reception_session (id) ON DELETE CASCADE,
    position          INT          NOT NULL,
    host_unit_id      BIGINT       REFERENCES org_unit (id),
    host_role         VARCHAR(32),
    capacity          VARCHAR(16)  NOT NULL CHECK (capacity IN ('HEAD', 'DEPUTY', 'STAFF')),
    person_name       VARCHAR(255) NOT NULL,
    authorisation_ref VARCHAR(255),
    PRIMARY KEY (session_id, position)
);
CREATE INDEX reception_session_host_unit_ix ON reception_session_host (host_unit_id);

-- One citizen or one delegation received (lượt tiếp).
CREATE TABLE reception_visit (
    id                    BIGSERIAL     PRIMARY KEY,
    session_id            BIGINT        NOT NULL REFERENCES reception_session (id),
    unit_id               BIGINT        NOT NULL REFERENCES org_unit (id),
    visit_date            DATE          NOT NULL,
    citizen_name          VARCHAR(255)  NOT NULL,
    citizen_name_folded   TEXT GENERATED ALWAYS AS (fold_vi(citizen_name)) STORED,
    citizen_id_number     VARCHAR(12),
    address_unit_id       BIGINT        REFERENCES org_unit (id),
    hamlet                VARCHAR(255),
    hamlet_folded         TEXT GENERATED ALWAYS AS (fold_vi(coalesce(hamlet, ''))) STORED,
    address_detail        VARCHAR(500),
    phone                 VARCHAR(20),
    delegation            BOOLEAN       NOT NULL DEFAULT FALSE,
    headcount             INT           NOT NULL DEFAULT 1 CHECK (headcount >= 1),
    representatives       TEXT,
    content               TEXT          NOT NULL,
    field_code            VARCHAR(32)   NOT NULL REFERENCES reception_field (code),
    complex               BOOLEAN       NOT NULL DEFAULT FALSE,
    prolonged             BOOLEAN       NOT NULL DEFAULT FALSE,
    degradation_related   BOOLEAN       NOT NULL DEFAULT FALSE,
    mass                  BOOLEAN       NOT NULL DEFAULT FALSE,
    outcome               VARCHAR(24)   NOT NULL CHECK (outcome IN ('ANSWERED', 'GUIDED', 'PETITION_RECEIVED', 'REFUSED')),
    handling_note         TEXT,
    documents_received    TEXT,
    refusal_ground        VARCHAR(32)   REFERENCES reception_refusal_ground (code),
    refusal_notice_number VARCHAR(100),
    refusal_notice_date   DATE,
    matter_of_visit_id    BIGINT        REFERENCES reception_visit (id),
    petition_id           BIGINT,
    petition_number       VARCHAR(100),
    created_by            VARCHAR(100),
    created_at            TIMESTAMPTZ   NOT NULL DEFAULT now(),
    version               BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT reception_visit_delegation_ck CHECK (NOT delegation OR headcount >= 5),
    CONSTRAINT reception_visit_refusal_ck CHECK ((outcome = 'REFUSED') = (refusal_ground IS NOT NULL)),
    CONSTRAINT reception_visit_cccd_ck CHECK (citizen_id_number IS NULL OR citizen_id_number ~ '^[0-9]{12}$')
);
CREATE INDEX reception_visit_session_ix ON reception_visit (session_id);
CREATE INDEX reception_visit_unit_date_ix ON reception_visit (unit_id, visit_date);
CREATE INDEX reception_visit_cccd_ix ON reception_visit (citizen_id_number);
CREATE INDEX reception_visit_name_trgm_ix ON reception_visit USING gin (citizen_name_folded gin_trgm_ops);
CREATE INDEX reception_visit_petition_ix ON reception_visit (petition_id);
