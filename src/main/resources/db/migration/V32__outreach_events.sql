-- Conferences, trainings and dissemination events (hội nghị, tập huấn, tuyên truyền) on a topic.
CREATE TABLE outreach_event (
    id           BIGSERIAL    PRIMARY KEY,
    unit_id      BIGINT       NOT NULL REFERENCES org_unit (id),
    kind         VARCHAR(16)  NOT NULL,
    held_on      DATE         NOT NULL,
    title        VARCHAR(500) NOT NULL,
    topic        VARCHAR(64),
    participants INT          NOT NULL DEFAULT 0,
    materials    INT          NOT NULL DEFAULT 0,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT outreach_event_kind_ck CHECK (kind IN ('CONFERENCE', 'TRAINING', 'DISSEMINATION')),
    CONSTRAINT outreach_event_counts_ck CHECK (participants >= 0 AND materials >= 0)
);
CREATE INDEX outreach_event_unit_date_ix ON outreach_event (unit_id, held_on);
CREATE TABLE outreach_event_document (
    event_id    BIGINT NOT NULL REFERENCES outreach_event (id) ON DELETE CASCADE,
    document_id BIGINT NOT NULL REFERENCES issued_document (id),
    PRIMARY KEY (event_id, document_id)
);
