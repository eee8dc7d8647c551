-- The law, corrected (issue 18): missing and wrong time limits as data rows with effective dates,
-- from LAW.md "Time limits" as revised on 2026-12-07. Every row names its text and article; status
-- TO_VERIFY rows carry their open question in the note shown to the administrator.

-- A rule may be a province's own (null: nationwide). A unit in that province uses it; a rule of
-- another province never applies to it.
ALTER TABLE deadline_rule ADD COLUMN province_code VARCHAR(16);
-- How many times an extension rule may be used on one case (null: not an extension rule).
ALTER TABLE deadline_rule ADD COLUMN max_uses INT;
ALTER TABLE deadline_rule ADD CONSTRAINT deadline_rule_max_uses_ck CHECK (max_uses IS NULL OR max_uses > 0);

ALTER TABLE deadline_rule DROP CONSTRAINT deadline_rule_variant_ck;
ALTER TABLE deadline_rule ADD CONSTRAINT deadline_rule_variant_ck
    CHECK (variant IN ('NORMAL', 'COMPLEX', 'REMOTE_AREA', 'REMOTE_AREA_COMPLEX', 'SEVERAL_PLACES'));
ALTER TABLE deadline_override DROP CONSTRAINT deadline_override_variant_ck;
ALTER TABLE deadline_override ADD CONSTRAINT deadline_override_variant_ck
    CHECK (variant IN ('NORMAL', 'COMPLEX', 'REMOTE_AREA', 'REMOTE_AREA_COMPLEX', 'SEVERAL_PLACES'));
ALTER TABLE deadline_rule DROP CONSTRAINT deadline_rule_event_ck;
ALTER TABLE deadline_rule ADD CONSTRAINT deadline_rule_event_ck CHECK (start_event IN ('RECEIPT', 'ACCEPTANCE',
    'DECISION_KNOWN', 'ACCEPTANCE_DECISION', 'PREVIOUS_TERM_END', 'PUBLICATION', 'DIALOGUE', 'CONCLUSION_NOTICE',
    'DECISION', 'FIRST_ROUND_END'));
DROP INDEX deadline_rule_code_ix;
CREATE INDEX deadline_rule_code_ix ON deadline_rule (code, variant, province_code, effective_from);

-- The two dialogue limits are Hà Tĩnh's provincial rule, not national ones.
UPDATE deadline_rule SET province_code = '42' WHERE code IN ('DIALOGUE_CONCLUSION', 'DIALOGUE_ANSWER');

-- Luật Khiếu nại 2011 says "ngày" (calendar days) here and "ngày làm việc" where it means working
-- days: the stricter reading is the default until verified.
UPDATE deadline_rule SET unit = 'CALENDAR_DAY',
    note = 'Cần xác minh: Điều 27 ghi "10 ngày"; mặc định tính theo ngày (lịch), cách đọc chặt hơn. Sửa được nếu xác định là ngày làm việc.'
    WHERE code = 'COMPLAINT_ACCEPT';

-- Extension counts are data: once for a complex case, twice for an especially complex one (Art. 30).
UPDATE deadline_rule SET max_uses = 1 WHERE code = 'DENUNCIATION_EXTEND_COMPLEX';
UPDATE deadline_rule SET max_uses = 2 WHERE code = 'DENUNCIATION_EXTEND_SPECIAL';

UPDATE deadline_rule SET note = 'Luật cũ: 10 ngày (đến 15 ngày nếu cần xác minh ở nhiều nơi); cần xác minh cách tính.'
    WHERE code = 'DENUNCIATION_CHECK' AND effective_to = '2018-12-31';

INSERT INTO deadline_rule (code, variant, name, legal_basis, article, duration, unit, start_event, effective_from, effective_to, status, note, max_uses) VALUES
 -- Denunciations under Luật Tố cáo 2011 (accepted before 01/01/2019).
 ('DENUNCIATION_CHECK', 'SEVERAL_PLACES', 'Vào sổ, kiểm tra điều kiện thụ lý tố cáo (cần xác minh ở nhiều nơi)', 'Luật Tố cáo 2011', 'Điều 20', 15, 'CALENDAR_DAY', 'RECEIPT', '2012-07-01', '2018-12-31', 'TO_VERIFY',
  'Luật cũ: kéo dài đến 15 ngày; cần xác minh cách tính.', NULL),
 ('DENUNCIATION_RESOLVE', 'NORMAL', 'Giải quyết tố cáo', 'Luật Tố cáo 2011', 'Điều 21', 60, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', '2018-12-31', 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp.', NULL),
 ('DENUNCIATION_RESOLVE', 'COMPLEX', 'Giải quyết tố cáo (vụ việc phức tạp)', 'Luật Tố cáo 2011', 'Điều 21', 90, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', '2018-12-31', 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp.', NULL),
 ('DENUNCIATION_EXTEND', 'NORMAL', 'Gia hạn giải quyết tố cáo (một lần, không quá 30 ngày)', 'Luật Tố cáo 2011', 'Điều 21', 30, 'CALENDAR_DAY', 'PREVIOUS_TERM_END', '2012-07-01', '2018-12-31', 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp.', 1),
 ('DENUNCIATION_EXTEND_COMPLEX', 'NORMAL', 'Gia hạn giải quyết tố cáo, vụ việc phức tạp (một lần, không quá 60 ngày)', 'Luật Tố cáo 2011', 'Điều 21', 60, 'CALENDAR_DAY', 'PREVIOUS_TERM_END', '2012-07-01', '2018-12-31', 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp.', 1),
 -- Luật Tố cáo 2018: the check extended where verification is needed in several places.
 ('DENUNCIATION_CHECK', 'SEVERAL_PLACES', 'Vào sổ, kiểm tra điều kiện thụ lý tố cáo (cần xác minh ở nhiều nơi)', 'Luật Tố cáo 2018', 'Điều 24', 10, 'WORKING_DAY', 'RECEIPT', '2019-01-01', NULL, 'TO_VERIFY',
  'Cần xác minh với văn bản gốc.', NULL),
 -- Transfer of a denunciation outside the body's competence.
 ('DENUNCIATION_TRANSFER', 'NORMAL', 'Chuyển tố cáo không thuộc thẩm quyền cho người có thẩm quyền', 'Luật Tố cáo 2011', 'Điều 20', 5, 'WORKING_DAY', 'RECEIPT', '2012-07-01', '2018-12-31', 'CONFIRMED', NULL, NULL),
 ('DENUNCIATION_TRANSFER', 'NORMAL', 'Chuyển tố cáo không thuộc thẩm quyền cho người có thẩm quyền', 'Luật Tố cáo 2018', 'Điều 24', 5, 'WORKING_DAY', 'RECEIPT', '2019-01-01', NULL, 'TO_VERIFY',
  'Cần xác minh với văn bản gốc (luật 2011 đã xác nhận).', NULL),
 -- Each decision to suspend, resume or terminate a denunciation is sent to the parties.
 ('DENUNCIATION_ENDING_NOTICE', 'NORMAL', 'Gửi quyết định tạm đình chỉ, tiếp tục, đình chỉ giải quyết tố cáo hoặc thông báo việc rút tố cáo cho các bên', 'Luật Tố cáo 2018', 'Điều 33', 5, 'WORKING_DAY', 'DECISION', '2019-01-01', NULL, 'TO_VERIFY',
  'Điều 33-34 Luật Tố cáo 2018; cần xác minh điều khoản cụ thể cho từng loại quyết định.', NULL),
 -- Complaints: the second round and sending decisions.
 ('COMPLAINT_FILE_R2', 'NORMAL', 'Thời hạn khiếu nại lần hai (với cơ quan cấp trên)', 'Luật Khiếu nại 2011', 'Điều 33', 30, 'CALENDAR_DAY', 'FIRST_ROUND_END', '2012-07-01', NULL, 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp. Tính từ ngày nhận quyết định lần đầu hoặc ngày hết thời hạn giải quyết lần đầu mà không được giải quyết.', NULL),
 ('COMPLAINT_FILE_R2', 'REMOTE_AREA', 'Thời hạn khiếu nại lần hai (vùng sâu, vùng xa)', 'Luật Khiếu nại 2011', 'Điều 33', 45, 'CALENDAR_DAY', 'FIRST_ROUND_END', '2012-07-01', NULL, 'CONFIRMED',
  'Xác nhận từ nguồn thứ cấp.', NULL),
 ('COMPLAINT_ACCEPT_R2', 'NORMAL', 'Thụ lý hoặc từ chối thụ lý khiếu nại lần hai (cơ quan cấp trên)', 'Luật Khiếu nại 2011', 'Điều 36', 10, 'CALENDAR_DAY', 'RECEIPT', '2012-07-01', NULL, 'TO_VERIFY',
  'Cần xác minh: ngày (lịch) hay ngày làm việc; mặc định ngày (lịch).', NULL),
 ('COMPLAINT_SEND_R1', 'NORMAL', 'Gửi quyết định giải quyết khiếu nại lần đầu', 'Luật Khiếu nại 2011', 'Điều 32', 3, 'WORKING_DAY', 'DECISION', '2012-07-01', NULL, 'TO_VERIFY',
  'Cần xác minh với văn bản gốc.', NULL),
 ('COMPLAINT_SEND_R2', 'NORMAL', 'Gửi quyết định giải quyết khiếu nại lần hai', 'Luật Khiếu nại 2011', 'Điều 41', 7, 'WORKING_DAY', 'DECISION', '2012-07-01', NULL, 'TO_VERIFY',
  'Cần xác minh với văn bản gốc.', NULL),
 -- Petition handling before TT 05/2021: TT 07/2014/TT-TTCP, the same limit.
 ('PETITION_HANDLE', 'NORMAL', 'Xử lý đơn (phân loại và quyết định)', 'Thông tư 07/2014/TT-TTCP', NULL, 10, 'WORKING_DAY', 'RECEIPT', '2014-12-15', '2021-11-14', 'TO_VERIFY',
  'Cần xác minh điều khoản và ngày có hiệu lực (15/12/2014 theo ghi nhận chưa đối chiếu văn bản gốc). Trước ngày này không có thời hạn xử lý đơn.', NULL);
