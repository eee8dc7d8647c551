-- Issue 20: the cells of the appendices as the seed's forms define them.

-- Phụ lục 1 counts documents issued "để lãnh đạo, chỉ đạo": a flag per document type (data,
-- editable by an installation administrator). Default yes for QĐ, QĐi, NQ, CT, KH, TB, HD, KL and
-- for QC, CTr (regulations and programmes of action direct work like QĐi and KH); no for BC, GM,
-- BB, TTr, CV (seed 004: 05 KH + 46 TB + 02 QĐ = 53 of a 57-document register).
ALTER TABLE document_type ADD COLUMN leadership BOOLEAN NOT NULL DEFAULT FALSE;
UPDATE document_type SET leadership = TRUE WHERE code IN ('QĐ', 'QĐi', 'NQ', 'CT', 'KH', 'TB', 'HD', 'KL', 'QC', 'CTr');

-- Phụ lục 3 row 4 counts heads of Party committees: the role of the person found in violation.
-- Rows written before this version get the role their head's title names (best effort, folded
-- text); anything else is OTHER.
ALTER TABLE violation ADD COLUMN head_role VARCHAR(32) NOT NULL DEFAULT 'OTHER',
    ADD CONSTRAINT violation_head_role_ck CHECK (head_role IN ('PARTY_SECRETARY', 'PARTY_DEPUTY_SECRETARY',
        'PC_CHAIRMAN', 'PC_VICE_CHAIRMAN', 'AGENCY_HEAD', 'OTHER'));
UPDATE violation v SET head_role = CASE
        WHEN fold_vi(h.title) LIKE '%pho bi thu%' THEN 'PARTY_DEPUTY_SECRETARY'
        WHEN fold_vi(h.title) LIKE '%bi thu%' THEN 'PARTY_SECRETARY'
        WHEN fold_vi(h.title) LIKE '%pho chu tich%' AND (fold_vi(h.title) LIKE '%ubnd%'
            OR fold_vi(h.title) LIKE '%uy ban nhan dan%') THEN 'PC_VICE_CHAIRMAN'
        WHEN fold_vi(h.title) LIKE '%chu tich%' AND (fold_vi(h.title) LIKE '%ubnd%'
            OR fold_vi(h.title) LIKE '%uy ban nhan dan%') THEN 'PC_CHAIRMAN'
        WHEN fold_vi(h.title) LIKE '%thu truong%' OR fold_vi(h.title) LIKE '%giam doc%' THEN 'AGENCY_HEAD'
        ELSE 'OTHER' END
    FROM inspection_head h WHERE h.id = v.head_id AND h.title IS NOT NULL;

-- Discipline forms are lists (Party: khiển trách, cảnh cáo, cách chức, khai trừ; State: khiển
-- trách, cảnh cáo, hạ bậc lương, giáng chức, cách chức, buộc thôi việc): discipline_form now holds
-- the code. Free texts written before are converted when they name a form; a name both lists carry
-- is taken as the Party's (Phụ lục 3 is the Party's inspection of heads of Party committees).
-- Texts naming no form are kept as they were and shown as written.
UPDATE violation SET discipline_form = CASE fold_vi(btrim(discipline_form))
        WHEN 'khien trach' THEN 'PARTY_REPRIMAND'
        WHEN 'canh cao' THEN 'PARTY_WARNING'
        WHEN 'cach chuc' THEN 'PARTY_DISMISSAL'
        WHEN 'khai tru' THEN 'PARTY_EXPULSION'
        WHEN 'ha bac luong' THEN 'STATE_SALARY_DOWNGRADE'
        WHEN 'giang chuc' THEN 'STATE_DEMOTION'
        WHEN 'buoc thoi viec' THEN 'STATE_FORCED_RESIGNATION'
        ELSE discipline_form END
    WHERE discipline_form IS NOT NULL;
