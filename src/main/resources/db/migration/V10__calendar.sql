-- The working-day calendar (module org.tiepdan.calendar): statutory holiday rules, announced
-- yearly schedules and their days, and a revision counter every node checks to refresh its cache.

-- Statutory public holidays as rules with effective ranges (applied to the holiday's date).
CREATE TABLE holiday_rule (
    id             BIGSERIAL PRIMARY KEY,
    code           VARCHAR(40)  NOT NULL,
    name           VARCHAR(255) NOT NULL,
    kind           VARCHAR(24)  NOT NULL,
    month          INT          NOT NULL,
    day            INT          NOT NULL,
    days           INT          NOT NULL DEFAULT 1,
    days_before    INT          NOT NULL DEFAULT 0,
    legal_basis    VARCHAR(255) NOT NULL,
    effective_from DATE,
    effective_to   DATE,
    CONSTRAINT holiday_rule_kind_ck CHECK (kind IN ('SOLAR', 'LUNAR', 'LUNAR_NEW_YEAR', 'SOLAR_WITH_ADJACENT')),
    CONSTRAINT holiday_rule_dates_ck CHECK (effective_to IS NULL OR effective_from IS NULL OR effective_to >= effective_from)
);

-- BLLĐ 2012 Art. 115 (in force 01/05/2013; applied here to every earlier year too) until 31/12/2020;
-- BLLĐ 2019 Art. 112 from 01/01/2021. Tết: 5 days, by default the last day of the lunar year and
-- mùng 1 to mùng 4 (the Prime Minister fixes the actual days each year: data in calendar_day).
INSERT INTO holiday_rule (code, name, kind, month, day, days, days_before, legal_basis, effective_from, effective_to) VALUES
 ('NEW_YEAR',      'Tết Dương lịch',             'SOLAR',               1,  1, 1, 0, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('LUNAR_NEW_YEAR','Tết Nguyên đán',             'LUNAR_NEW_YEAR',      1,  1, 5, 1, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('HUNG_KINGS',    'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'LUNAR',         3, 10, 1, 0, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('REUNIFICATION', 'Ngày Chiến thắng (30/4)',    'SOLAR',               4, 30, 1, 0, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('LABOUR_DAY',    'Ngày Quốc tế Lao động (1/5)', 'SOLAR',              5,  1, 1, 0, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('NATIONAL_DAY',  'Quốc khánh (2/9)',           'SOLAR',               9,  2, 1, 0, 'Bộ luật Lao động 2012, Điều 115', NULL, '2020-12-31'),
 ('NEW_YEAR',      'Tết Dương lịch',             'SOLAR',               1,  1, 1, 0, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL),
 ('LUNAR_NEW_YEAR','Tết Nguyên đán',             'LUNAR_NEW_YEAR',      1,  1, 5, 1, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL),
 ('HUNG_KINGS',    'Giỗ Tổ Hùng Vương (10/3 âm lịch)', 'LUNAR',         3, 10, 1, 0, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL),
 ('REUNIFICATION', 'Ngày Chiến thắng (30/4)',    'SOLAR',               4, 30, 1, 0, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL),
 ('LABOUR_DAY',    'Ngày Quốc tế Lao động (1/5)', 'SOLAR',              5,  1, 1, 0, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL),
 ('NATIONAL_DAY',  'Quốc khánh (2/9)',           'SOLAR_WITH_ADJACENT', 9,  2, 1, 0, 'Bộ luật Lao động 2019, Điều 112', '2021-01-01', NULL);

-- A year whose official schedule was entered (announced by the Government / Ministry of Home
-- Affairs). A year without a row is computed from holiday_rule and shown as provisional.
CREATE TABLE calendar_year (
    year         INT PRIMARY KEY,
    confirmed    BOOLEAN      NOT NULL DEFAULT FALSE,
    source       TEXT,
    note         TEXT,
    updated_by   VARCHAR(100),
    updated_at   TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT calendar_year_range_ck CHECK (year BETWEEN 1900 AND 2100)
);

-- One listed day: holiday, day off (compensatory or swapped), or make-up working day.
CREATE TABLE calendar_day (
    id         BIGSERIAL PRIMARY KEY,
    day        DATE         NOT NULL,
    kind       VARCHAR(16)  NOT NULL,
    name       VARCHAR(255) NOT NULL,
    source     TEXT,
    confirmed  BOOLEAN      NOT NULL DEFAULT FALSE,
    note       TEXT,
    updated_by VARCHAR(100),
    updated_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT calendar_day_kind_ck CHECK (kind IN ('HOLIDAY', 'DAY_OFF', 'MAKEUP_WORKDAY')),
    CONSTRAINT calendar_day_range_ck CHECK (day BETWEEN DATE '1900-01-01' AND DATE '2100-12-31')
);
CREATE UNIQUE INDEX calendar_day_day_ux ON calendar_day (day);

-- Bumped in the transaction of every change to the three tables above; nodes compare it with
-- the revision of their cached tables (a one-row primary-key read) and reload when it moved.
CREATE TABLE calendar_revision (
    id       INT PRIMARY KEY,
    revision BIGINT NOT NULL,
    CONSTRAINT calendar_revision_one_ck CHECK (id = 1)
);
INSERT INTO calendar_revision (id, revision) VALUES (1, 0);
