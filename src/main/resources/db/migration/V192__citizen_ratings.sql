-- Issue 24: the citizen rates the answer to a feedback or recommendation (1-5 and a comment) from the
-- tracking page within 30 days of the answer, once; and may ask once, with a reason, to reopen it: a
-- follow-up petition in the same case, at the same body (petition.follow_up_of_id names the answered one).
CREATE TABLE petition_rating (
    petition_id BIGINT PRIMARY KEY REFERENCES petition (id) ON DELETE CASCADE,
    unit_id     BIGINT      NOT NULL REFERENCES org_unit (id),
    stars       SMALLINT    NOT NULL,
    comment     TEXT,
    rated_on    DATE        NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT petition_rating_stars_ck CHECK (stars BETWEEN 1 AND 5)
);
CREATE INDEX petition_rating_unit_ix ON petition_rating (unit_id, rated_on);

ALTER TABLE petition ADD COLUMN follow_up_of_id BIGINT REFERENCES petition (id);
ALTER TABLE petition ADD COLUMN reopen_reason TEXT;
-- At most one follow-up per answered petition: the citizen reopens once.
CREATE UNIQUE INDEX petition_follow_up_ux ON petition (follow_up_of_id) WHERE follow_up_of_id IS NOT NULL;
