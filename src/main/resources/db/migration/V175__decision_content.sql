-- Issue 21: the legal content of a complaint decision (Luật Khiếu nại 2011 Art. 31, 40) or a
-- denunciation conclusion (Luật Tố cáo 2018 Art. 35), filled part by part by the officer and stored
-- with the petition so that the decision re-prints the same. A denouncer's identity is never stored
-- here: parts are typed by the officer (prefilled from pseudonymised rows).
CREATE TABLE petition_decision_content (
    petition_id  BIGINT PRIMARY KEY REFERENCES petition (id),
    document     VARCHAR(40) NOT NULL,
    disposition  VARCHAR(20),
    updated_by   VARCHAR(100) NOT NULL,
    updated_at   TIMESTAMPTZ NOT NULL DEFAULT now(),
    version      INT NOT NULL DEFAULT 0
);

CREATE TABLE petition_decision_part (
    petition_id  BIGINT NOT NULL REFERENCES petition_decision_content (petition_id) ON DELETE CASCADE,
    part         VARCHAR(40) NOT NULL,
    position     INT NOT NULL,
    body         TEXT NOT NULL,
    PRIMARY KEY (petition_id, part)
);
