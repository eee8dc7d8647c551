-- Issue 21: the field (lĩnh vực) is a tree, as the statistical forms and the national database
-- (NĐ 55/2022) classify it: administrative (land; housing and property; policies and regimes of
-- civil servants; other), judicial, Party, corruption (for denunciations), other. Data, not an enum.
--
-- parent_code: the node above (null at the top). alias_of: an old flat code that means exactly a
-- node of the tree; it stays accepted on input (screens, API, import) and is stored as its node.
-- Old codes finer than the tree (social policy, environment, construction) are kept as leaves under
-- "administrative, other", so that no recorded classification is lost.
ALTER TABLE reception_field ADD COLUMN parent_code VARCHAR(32) REFERENCES reception_field (code);
ALTER TABLE reception_field ADD COLUMN alias_of VARCHAR(32) REFERENCES reception_field (code);
ALTER TABLE reception_field ADD CONSTRAINT reception_field_alias_ck CHECK (alias_of IS NULL OR (NOT active AND parent_code IS NULL));

INSERT INTO reception_field (code, label, position, active) VALUES
    ('ADMINISTRATIVE', 'Hành chính', 10, FALSE),
    ('ADM_LAND', 'Đất đai', 11, TRUE),
    ('ADM_HOUSING', 'Nhà ở, tài sản', 12, TRUE),
    ('ADM_CIVIL_SERVICE', 'Chính sách, chế độ đối với cán bộ, công chức, viên chức', 13, TRUE),
    ('ADM_OTHER', 'Hành chính khác', 14, TRUE),
    ('JUDICIAL', 'Tư pháp', 40, TRUE),
    ('CORRUPTION', 'Tham nhũng', 60, TRUE);
UPDATE reception_field SET parent_code = 'ADMINISTRATIVE' WHERE code IN ('ADM_LAND', 'ADM_HOUSING', 'ADM_CIVIL_SERVICE', 'ADM_OTHER');
-- finer old leaves under "administrative, other"
UPDATE reception_field SET parent_code = 'ADM_OTHER', position = 15 WHERE code = 'SOCIAL_POLICY';
UPDATE reception_field SET parent_code = 'ADM_OTHER', position = 16 WHERE code = 'ENVIRONMENT';
UPDATE reception_field SET parent_code = 'ADM_OTHER', position = 17 WHERE code = 'CONSTRUCTION';
UPDATE reception_field SET position = 50 WHERE code = 'PARTY';
-- old codes that mean a node exactly: aliases, no longer offered
UPDATE reception_field SET alias_of = 'ADM_LAND', active = FALSE WHERE code = 'LAND';
UPDATE reception_field SET alias_of = 'ADM_OTHER', active = FALSE WHERE code = 'ADMINISTRATION';
UPDATE reception_field SET alias_of = 'JUDICIAL', active = FALSE WHERE code = 'JUSTICE';

-- recorded visits move to the node their alias means
UPDATE reception_visit v SET field_code = f.alias_of FROM reception_field f
 WHERE f.code = v.field_code AND f.alias_of IS NOT NULL;
