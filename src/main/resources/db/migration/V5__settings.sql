-- Installation-wide settings and one-off markers (e.g. that the demo data set was loaded).
CREATE TABLE app_setting (
    key        VARCHAR(100) PRIMARY KEY,
    value      TEXT,
    updated_at TIMESTAMPTZ NOT NULL DEFAULT now()
);
