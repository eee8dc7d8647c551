-- Issue 20: the report duty itself (Đề cương II.2.1: "việc thực hiện chế độ báo cáo" and "việc
-- định kỳ hoặc đột xuất làm việc với bí thư cấp ủy cấp dưới trực tiếp").

-- A report sent: which report (its code), for which window, to whom, under which number, on which
-- day; its due date comes from the period's rule (due_basis RULE) or is typed from the superior's
-- request (TYPED); none is known for some periods (NONE). on_time is computed when it is recorded.
CREATE TABLE report_sent (
    id              BIGSERIAL    PRIMARY KEY,
    unit_id         BIGINT       NOT NULL REFERENCES org_unit (id),
    report_code     VARCHAR(32)  NOT NULL,
    preset          VARCHAR(32),
    period_from     DATE         NOT NULL,
    period_to       DATE         NOT NULL,
    recipient       VARCHAR(255) NOT NULL,
    document_number VARCHAR(64)  NOT NULL,
    document_id     BIGINT       REFERENCES issued_document (id),
    sent_on         DATE         NOT NULL,
    due_on          DATE,
    due_basis       VARCHAR(8)   NOT NULL,
    on_time         BOOLEAN,
    created_by      VARCHAR(100),
    created_at      TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version         BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT report_sent_period_ck CHECK (period_to >= period_from),
    CONSTRAINT report_sent_due_ck CHECK ((due_basis = 'NONE') = (due_on IS NULL)),
    CONSTRAINT report_sent_basis_ck CHECK (due_basis IN ('RULE', 'TYPED', 'NONE')),
    CONSTRAINT report_sent_on_time_ck CHECK ((due_on IS NULL) = (on_time IS NULL))
);
CREATE INDEX report_sent_unit_ix ON report_sent (unit_id, sent_on);

-- A working session of a Party committee's head with the secretary of a committee directly below.
CREATE TABLE secretary_meeting (
    id                  BIGSERIAL    PRIMARY KEY,
    unit_id             BIGINT       NOT NULL REFERENCES org_unit (id),
    subordinate_unit_id BIGINT       NOT NULL REFERENCES org_unit (id),
    held_on             DATE         NOT NULL,
    content             TEXT         NOT NULL,
    conclusions         TEXT,
    created_by          VARCHAR(100),
    created_at          TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT secretary_meeting_units_ck CHECK (subordinate_unit_id <> unit_id)
);
CREATE INDEX secretary_meeting_unit_ix ON secretary_meeting (unit_id, held_on);
