-- Issued documents register (văn bản lãnh đạo, chỉ đạo): types, numbering per unit and period,
-- the documents themselves with their optional file, and staged legacy imports.
CREATE TABLE document_type (
    code  VARCHAR(16)  PRIMARY KEY,
    name  VARCHAR(100) NOT NULL,
    sort  INT          NOT NULL
);
INSERT INTO document_type (code, name, sort) VALUES
    ('QĐ', 'Quyết định', 10), ('KH', 'Kế hoạch', 20), ('TB', 'Thông báo', 30), ('BC', 'Báo cáo', 40),
    ('GM', 'Giấy mời', 50), ('CV', 'Công văn', 60), ('CT', 'Chỉ thị', 70), ('HD', 'Hướng dẫn', 80),
    ('NQ', 'Nghị quyết', 90), ('QĐi', 'Quy định', 100), ('KL', 'Kết luận', 110), ('TTr', 'Tờ trình', 120),
    ('BB', 'Biên bản', 130), ('QC', 'Quy chế', 140), ('CTr', 'Chương trình', 150);

-- How a unit numbers its documents. PARTY_TERM: one sequence per type through the committee's
-- term (term_start, term_years); CALENDAR_YEAR: one sequence per type and year. A unit without a
-- row gets the default of its kind (see NumberingPolicy).
CREATE TABLE document_numbering (
    unit_id    BIGINT      PRIMARY KEY REFERENCES org_unit (id),
    scheme     VARCHAR(16) NOT NULL,
    symbol     VARCHAR(32) NOT NULL,
    term_start DATE        NOT NULL DEFAULT DATE '2020-07-01',
    term_years INT         NOT NULL DEFAULT 5,
    version    BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT document_numbering_scheme_ck CHECK (scheme IN ('PARTY_TERM', 'CALENDAR_YEAR')),
    CONSTRAINT document_numbering_term_ck CHECK (term_years BETWEEN 1 AND 10)
);

-- The last number issued per unit, period and type; taken under a row lock (upsert) when issuing.
CREATE TABLE document_number_counter (
    unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
    period_key  VARCHAR(32) NOT NULL,
    type_code   VARCHAR(16) NOT NULL,
    last_number INT         NOT NULL,
    PRIMARY KEY (unit_id, period_key, type_code)
);

CREATE TABLE issued_document (
    id            BIGSERIAL    PRIMARY KEY,
    unit_id       BIGINT       NOT NULL REFERENCES org_unit (id),
    issuer_kind   VARCHAR(32)  NOT NULL,
    issuer_name   VARCHAR(255) NOT NULL,
    type_code     VARCHAR(16)  NOT NULL,
    number_symbol VARCHAR(64)  NOT NULL,
    number_key    VARCHAR(64)  NOT NULL,
    seq           INT          NOT NULL,
    period_key    VARCHAR(32)  NOT NULL,
    summary       TEXT         NOT NULL,
    issued_on     DATE         NOT NULL,
    signer        VARCHAR(255),
    source        VARCHAR(16)  NOT NULL,
    import_sha256 VARCHAR(64),
    created_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    version       BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT issued_document_issuer_ck CHECK (issuer_kind IN ('PARTY_COMMITTEE', 'GOVERNMENT', 'FRONT_AND_ORGANISATIONS')),
    CONSTRAINT issued_document_source_ck CHECK (source IN ('ISSUED', 'MANUAL', 'IMPORT')),
    CONSTRAINT issued_document_seq_ck CHECK (seq > 0),
    -- A number is used once per issuing unit and numbering period.
    CONSTRAINT issued_document_number_ux UNIQUE (unit_id, period_key, number_key)
);
CREATE INDEX issued_document_unit_date_ix ON issued_document (unit_id, issued_on);

CREATE TABLE issued_document_topic (
    document_id BIGINT      NOT NULL REFERENCES issued_document (id) ON DELETE CASCADE,
    topic       VARCHAR(64) NOT NULL,
    PRIMARY KEY (document_id, topic)
);
CREATE INDEX issued_document_topic_ix ON issued_document_topic (topic);

CREATE TABLE issued_document_file (
    document_id  BIGINT       PRIMARY KEY REFERENCES issued_document (id) ON DELETE CASCADE,
    file_name    VARCHAR(255) NOT NULL,
    content_type VARCHAR(127) NOT NULL,
    size_bytes   BIGINT       NOT NULL,
    sha256       VARCHAR(64)  NOT NULL,
    content      BYTEA        NOT NULL
);

-- A legacy register being previewed and corrected before it is imported.
CREATE TABLE document_import_batch (
    id          BIGSERIAL    PRIMARY KEY,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    file_name   VARCHAR(255) NOT NULL,
    sha256      VARCHAR(64)  NOT NULL,
    created_by  VARCHAR(100),
    created_at  TIMESTAMPTZ  NOT NULL DEFAULT now(),
    status      VARCHAR(16)  NOT NULL DEFAULT 'PREVIEW',
    imported    INT,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT document_import_batch_status_ck CHECK (status IN ('PREVIEW', 'IMPORTED'))
);
CREATE TABLE document_import_row (
    id          BIGSERIAL PRIMARY KEY,
    batch_id    BIGINT    NOT NULL REFERENCES document_import_batch (id) ON DELETE CASCADE,
    line_no     INT       NOT NULL,
    stt         VARCHAR(32),
    number_text VARCHAR(255),
    issuer_text VARCHAR(255),
    summary     TEXT,
    date_text   VARCHAR(64),
    group_hint  VARCHAR(32),
    corrected   BOOLEAN   NOT NULL DEFAULT FALSE,
    version     BIGINT    NOT NULL DEFAULT 0
);
CREATE INDEX document_import_row_batch_ix ON document_import_row (batch_id, line_no);
