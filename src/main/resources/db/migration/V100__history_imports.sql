-- History imports (module history): one row per import with its status and progress, the rows
-- read from the file (staged, corrected in the preview), and the stable key of every record an
-- import created, so that importing the same file again creates nothing.
CREATE TABLE history_import (
    id           BIGSERIAL    PRIMARY KEY,
    unit_id      BIGINT       NOT NULL REFERENCES org_unit (id),
    source       VARCHAR(8)   NOT NULL,
    file_name    VARCHAR(255) NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    status       VARCHAR(16)  NOT NULL DEFAULT 'VALIDATING',
    total_rows   INT          NOT NULL DEFAULT 0,
    progress     INT          NOT NULL DEFAULT 0,
    errors       INT          NOT NULL DEFAULT 0,
    warnings     INT          NOT NULL DEFAULT 0,
    to_create    INT          NOT NULL DEFAULT 0,
    skipped      INT          NOT NULL DEFAULT 0,
    created      INT          NOT NULL DEFAULT 0,
    counts       TEXT,
    failure      TEXT,
    created_by   VARCHAR(100),
    created_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    confirmed_by VARCHAR(100),
    finished_at  TIMESTAMPTZ,
    version      BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT history_import_source_ck CHECK (source IN ('XLSX', 'JSON')),
    CONSTRAINT history_import_status_ck CHECK (status IN ('VALIDATING', 'PREVIEW', 'IMPORTING', 'IMPORTED', 'FAILED'))
);
CREATE INDEX history_import_unit_ix ON history_import (unit_id, created_at DESC);

-- One record read from the file: its type, row (spreadsheet row, or position in the JSON array),
-- key, fields (a JSON object of texts) and what the last validation said about it.
CREATE TABLE history_import_row (
    id          BIGSERIAL   PRIMARY KEY,
    import_id   BIGINT      NOT NULL REFERENCES history_import (id) ON DELETE CASCADE,
    record_type VARCHAR(16) NOT NULL,
    row_no      INT         NOT NULL,
    fields      TEXT        NOT NULL,
    record_key  VARCHAR(128),
    outcome     VARCHAR(16),
    findings    TEXT,
    corrected   BOOLEAN     NOT NULL DEFAULT FALSE,
    excluded    BOOLEAN     NOT NULL DEFAULT FALSE,
    version     BIGINT      NOT NULL DEFAULT 0
);
CREATE INDEX history_import_row_ix ON history_import_row (import_id, record_type, row_no);

-- Every record an import created, by its stable key within the import's unit.
CREATE TABLE history_record (
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    record_type VARCHAR(16)  NOT NULL,
    record_key  VARCHAR(128) NOT NULL,
    import_id   BIGINT       NOT NULL REFERENCES history_import (id),
    record_id   BIGINT       NOT NULL,
    PRIMARY KEY (unit_id, record_type, record_key)
);
CREATE INDEX history_record_import_ix ON history_record (import_id);
