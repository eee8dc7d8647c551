-- The administrative map: territories (provinces, communes) from the national catalogue and the
-- bodies (Party committees, People's Committees, departments...) that sit in them.
CREATE TABLE org_unit (
    id           BIGSERIAL PRIMARY KEY,
    kind         VARCHAR(32)  NOT NULL,
    tier         VARCHAR(16)  NOT NULL,
    name         VARCHAR(255) NOT NULL,
    name_folded  TEXT GENERATED ALWAYS AS (fold_vi(name)) STORED,
    code         VARCHAR(16),
    parent_id    BIGINT REFERENCES org_unit (id),
    valid_from   DATE NOT NULL,
    valid_to     DATE,
    successor_id BIGINT REFERENCES org_unit (id),
    version      BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT org_unit_kind_ck CHECK (kind IN ('ADMINISTRATIVE_AREA', 'PARTY_COMMITTEE', 'PEOPLES_COMMITTEE',
        'DEPARTMENT', 'INSPECTORATE', 'FATHERLAND_FRONT', 'ORGANISATION', 'OTHER')),
    CONSTRAINT org_unit_tier_ck CHECK (tier IN ('PROVINCE', 'DISTRICT', 'COMMUNE')),
    CONSTRAINT org_unit_dates_ck CHECK (valid_to IS NULL OR valid_to >= valid_from)
);
CREATE INDEX org_unit_parent_ix ON org_unit (parent_id);
CREATE INDEX org_unit_successor_ix ON org_unit (successor_id);
CREATE UNIQUE INDEX org_unit_area_code_ux ON org_unit (code) WHERE kind = 'ADMINISTRATIVE_AREA' AND code IS NOT NULL;
CREATE INDEX org_unit_name_trgm_ix ON org_unit USING gin (name_folded gin_trgm_ops);

-- A merge: its predecessors close the day before and name the successor.
CREATE TABLE org_unit_merge (
    id             BIGSERIAL PRIMARY KEY,
    successor_id   BIGINT NOT NULL REFERENCES org_unit (id),
    effective_on   DATE   NOT NULL,
    note           TEXT
);
CREATE TABLE org_unit_merge_predecessor (
    merge_id       BIGINT NOT NULL REFERENCES org_unit_merge (id),
    predecessor_id BIGINT NOT NULL REFERENCES org_unit (id),
    PRIMARY KEY (merge_id, predecessor_id)
);
