-- Issue 24: where a feedback or recommendation sent online is about (a road, a drain): the commune and
-- hamlet as the citizen wrote them, and optionally a point (WGS 84 degrees) within Vietnam's extent.
CREATE TABLE portal_place (
    petition_id BIGINT PRIMARY KEY REFERENCES petition (id) ON DELETE CASCADE,
    unit_id     BIGINT       NOT NULL REFERENCES org_unit (id),
    commune     VARCHAR(200),
    hamlet      VARCHAR(200),
    latitude    NUMERIC(8, 6),
    longitude   NUMERIC(9, 6),
    CONSTRAINT portal_place_point_ck CHECK ((latitude IS NULL) = (longitude IS NULL)),
    CONSTRAINT portal_place_extent_ck CHECK (latitude IS NULL OR (latitude BETWEEN 8 AND 24 AND longitude BETWEEN 102 AND 118)),
    CONSTRAINT portal_place_something_ck CHECK (commune IS NOT NULL OR hamlet IS NOT NULL OR latitude IS NOT NULL)
);
CREATE INDEX portal_place_unit_ix ON portal_place (unit_id, commune, hamlet);
