-- The public site (issue 12). V90-V99 belong to the portal module.

-- Keys the nodes share (the HMAC key of the arithmetic challenge), created by the first node that needs one.
CREATE TABLE portal_key (
    name  VARCHAR(40) PRIMARY KEY,
    value VARCHAR(200) NOT NULL
);

-- A denunciation conclusion published on the public site (NĐ 31/2019 Art. 6: at least 15
-- consecutive days). The summary is written by an officer for the public: no personal data.
CREATE TABLE portal_published_conclusion (
    id              BIGSERIAL PRIMARY KEY,
    petition_id     BIGINT NOT NULL UNIQUE REFERENCES petition (id),
    unit_id         BIGINT NOT NULL REFERENCES org_unit (id),
    concluded_on    DATE,
    summary         TEXT NOT NULL CHECK (length(summary) BETWEEN 1 AND 4000),
    published_from  DATE NOT NULL,
    published_until DATE NOT NULL,
    published_by    VARCHAR(100) NOT NULL,
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CHECK (published_until >= published_from + 14)
);
CREATE INDEX portal_published_conclusion_window_ix ON portal_published_conclusion (published_from, published_until);

-- Feedback received through the Open311 endpoint: its public number, and the petition behind it.
-- The tracking code stays on the server (it is the citizen's key); GET answers never carry it.
CREATE TABLE portal_open311_request (
    id            BIGSERIAL PRIMARY KEY,
    petition_id   BIGINT NOT NULL UNIQUE REFERENCES petition (id),
    tracking_code VARCHAR(16) NOT NULL,
    service_code  VARCHAR(20) NOT NULL CHECK (service_code IN ('FEEDBACK', 'RECOMMENDATION')),
    unit_id       BIGINT NOT NULL REFERENCES org_unit (id),
    requested_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
