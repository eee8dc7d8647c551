-- Denouncer identity as a State secret (Luật Tố cáo 2018 Art. 9, 47, 56): sealed people and scans,
-- access requests with a custodian's time-limited grant, protection measures. Every secret column is
-- AES-256-GCM ciphertext under a key that is not in the database (key_id names it); the clear text
-- never reaches a table. Records elsewhere hold only a pseudonym ("Người tố cáo 1").

-- A denouncer or a relative of a sealed record (petition, reception visit).
CREATE TABLE identity_sealed_person (
    id               BIGSERIAL PRIMARY KEY,
    subject_type     VARCHAR(32)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    -- Pseudonyms are numbered within a group (a case: CASE:15).
    grp              VARCHAR(64)  NOT NULL,
    position         INT          NOT NULL,
    role             VARCHAR(16)  NOT NULL,
    -- For a relative: the position of the denouncer they are related to.
    related_position INT,
    pseudonym        VARCHAR(100) NOT NULL,
    -- Random reference bound into the ciphertext (associated data): a ciphertext moved to another row does not open.
    ref              UUID         NOT NULL UNIQUE,
    key_id           VARCHAR(64)  NOT NULL,
    nonce            BYTEA        NOT NULL,
    ciphertext       BYTEA        NOT NULL,
    -- Keyed hashes (HMAC-SHA256, key derived from index_key_id) of the CCCD and of the folded name + address.
    index_key_id     VARCHAR(64),
    id_index         CHAR(64),
    name_index       CHAR(64),
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by       VARCHAR(100),
    CONSTRAINT identity_sealed_person_role_ck CHECK (role IN ('DENOUNCER', 'RELATIVE')),
    CONSTRAINT identity_sealed_person_ux UNIQUE (subject_type, subject_id, position)
);
CREATE INDEX identity_sealed_person_grp_ix ON identity_sealed_person (grp);
CREATE INDEX identity_sealed_person_id_ix ON identity_sealed_person (index_key_id, id_index);
CREATE INDEX identity_sealed_person_name_ix ON identity_sealed_person (index_key_id, name_index);
CREATE INDEX identity_sealed_person_key_ix ON identity_sealed_person (key_id);

-- An original scan of a denunciation (it shows the handwriting, the signature, the name): sealed as a whole,
-- with its file name, type and checksum sealed apart. The record keeps a redacted copy, if one was made.
CREATE TABLE identity_sealed_file (
    id               BIGSERIAL PRIMARY KEY,
    subject_type     VARCHAR(32)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    ref              UUID         NOT NULL UNIQUE,
    key_id           VARCHAR(64)  NOT NULL,
    nonce            BYTEA        NOT NULL,
    ciphertext       BYTEA        NOT NULL,
    meta_nonce       BYTEA        NOT NULL,
    meta_ciphertext  BYTEA        NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by       VARCHAR(100)
);
CREATE INDEX identity_sealed_file_subject_ix ON identity_sealed_file (subject_type, subject_id);
CREATE INDEX identity_sealed_file_key_ix ON identity_sealed_file (key_id);

-- A handler's request to see the identities of one record; a custodian (or the head) of the record's unit or
-- above grants it until a time, or refuses it with a reason. PENDING -> GRANTED -> EXPIRED | REVOKED,
-- PENDING -> REFUSED | WITHDRAWN.
CREATE TABLE identity_access_request (
    id               BIGSERIAL PRIMARY KEY,
    subject_type     VARCHAR(32)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    requested_by     VARCHAR(100) NOT NULL,
    reason           TEXT         NOT NULL,
    requested_at     TIMESTAMPTZ  NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMPTZ,
    decision_note    TEXT,
    valid_until      TIMESTAMPTZ,
    closed_at        TIMESTAMPTZ,
    reveals          INT          NOT NULL DEFAULT 0,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT identity_access_request_status_ck CHECK (status IN ('PENDING', 'GRANTED', 'REFUSED', 'EXPIRED',
        'WITHDRAWN', 'REVOKED')),
    CONSTRAINT identity_access_request_grant_ck CHECK (status <> 'GRANTED' OR valid_until IS NOT NULL),
    CONSTRAINT identity_access_request_self_ck CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
CREATE INDEX identity_access_request_subject_ix ON identity_access_request (subject_type, subject_id, requested_by);
CREATE INDEX identity_access_request_open_ix ON identity_access_request (status, unit_id);

-- Protection measures for a denouncer or a relative (Luật Tố cáo 2018 Chapter VI): kind, decision number and
-- date, deciding body, period, all sealed; only the status is in clear.
CREATE TABLE identity_protection (
    id               BIGSERIAL PRIMARY KEY,
    subject_type     VARCHAR(32)  NOT NULL,
    subject_id       BIGINT       NOT NULL,
    unit_id          BIGINT       NOT NULL REFERENCES org_unit (id),
    person_position  INT          NOT NULL,
    status           VARCHAR(16)  NOT NULL,
    ref              UUID         NOT NULL UNIQUE,
    key_id           VARCHAR(64)  NOT NULL,
    nonce            BYTEA        NOT NULL,
    ciphertext       BYTEA        NOT NULL,
    created_at       TIMESTAMPTZ  NOT NULL DEFAULT now(),
    created_by       VARCHAR(100),
    CONSTRAINT identity_protection_status_ck CHECK (status IN ('REQUESTED', 'DECIDED', 'ENDED'))
);
CREATE INDEX identity_protection_subject_ix ON identity_protection (subject_type, subject_id);
CREATE INDEX identity_protection_key_ix ON identity_protection (key_id);
