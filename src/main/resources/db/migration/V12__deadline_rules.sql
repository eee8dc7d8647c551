-- Legal time limits as data (module org.tiepdan.calendar), from docs LAW.md "Time limits".
-- The rule in force on the date of the starting event applies. Status TO_VERIFY rows ship as
-- editable data with their note visible to the administrator.
CREATE TABLE deadline_rule (
    id             BIGSERIAL PRIMARY KEY,
    code           VARCHAR(60)  NOT NULL,
    variant        VARCHAR(24)  NOT NULL DEFAULT 'NORMAL',
    name           VARCHAR(255) NOT NULL,
    legal_basis    VARCHAR(255) NOT NULL,
    article        VARCHAR(100),
    duration       INT          NOT NULL,
    unit           VARCHAR(16)  NOT NULL,
    start_event    VARCHAR(32)  NOT NULL,
    effective_from DATE         NOT NULL,
    effective_to   DATE,
    status         VARCHAR(16)  NOT NULL,
    note           TEXT,
    CONSTRAINT deadline_rule_variant_ck CHECK (variant IN ('NORMAL', 'COMPLEX', 'REMOTE_AREA', 'REMOTE_AREA_COMPLEX')),
    CONSTRAINT deadline_rule_unit_ck CHECK (unit IN ('WORKING_DAY', 'CALENDAR_DAY')),
    CONSTRAINT deadline_rule_event_ck CHECK (start_event IN ('RECEIPT', 'ACCEPTANCE', 'DECISION_KNOWN',
        'ACCEPTANCE_DECISION', 'PREVIOUS_TERM_END', 'PUBLICATION', 'DIALOGUE', 'CONCLUSION_NOTICE')),
    CONSTRAINT deadline_rule_status_ck CHECK (status IN ('CONFIRMED', 'TO_VERIFY')),
    CONSTRAINT deadline_rule_duration_ck CHECK (duration > 0),
    CONSTRAINT deadline_rule_dates_ck CHECK (effective_to IS NULL OR effective_to >= effective_from)
);
CREATE INDEX deadline_rule_code_ix ON deadline_rule (code, variant, effective_from);

INSERT INTO deadline_rule (code, variant, name, legal_basis, article, duration, unit, start_event, effective_from, effective_to, status, note) VALUES
 ('PARTY_HEAD_NOTIFY', 'NORMAL', 'Người đứng đầu cấp ủy thông báo bằng văn bản cho người gửi đơn (thụ lý hoặc chuyển, chỉ đạo)',
  'Quy định số 11-QĐi/TW', NULL, 10, 'WORKING_DAY', 'RECEIPT', '2019-02-18', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_ACCEPT', 'NORMAL', 'Thụ lý hoặc từ chối thụ lý khiếu nại',
  'Luật Khiếu nại 2011; Nghị định 124/2020/NĐ-CP', 'Điều 27', 10, 'WORKING_DAY', 'RECEIPT', '2012-07-01', NULL, 'TO_VERIFY',
  'Cần xác minh: 10 ngày làm việc hay 10 ngày theo lịch; mặc định ngày làm việc.'),
 ('COMPLAINT_RESOLVE_R1', 'NORMAL', 'Giải quyết khiếu nại lần đầu', 'Luật Khiếu nại 2011', 'Điều 28', 30, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R1', 'COMPLEX', 'Giải quyết khiếu nại lần đầu (vụ việc phức tạp)', 'Luật Khiếu nại 2011', 'Điều 28', 45, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R1', 'REMOTE_AREA', 'Giải quyết khiếu nại lần đầu (vùng sâu, vùng xa)', 'Luật Khiếu nại 2011', 'Điều 28', 45, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R1', 'REMOTE_AREA_COMPLEX', 'Giải quyết khiếu nại lần đầu (vùng sâu, vùng xa, phức tạp)', 'Luật Khiếu nại 2011', 'Điều 28', 60, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R2', 'NORMAL', 'Giải quyết khiếu nại lần hai', 'Luật Khiếu nại 2011', 'Điều 37', 45, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R2', 'COMPLEX', 'Giải quyết khiếu nại lần hai (vụ việc phức tạp)', 'Luật Khiếu nại 2011', 'Điều 37', 60, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R2', 'REMOTE_AREA', 'Giải quyết khiếu nại lần hai (vùng sâu, vùng xa)', 'Luật Khiếu nại 2011', 'Điều 37', 60, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_RESOLVE_R2', 'REMOTE_AREA_COMPLEX', 'Giải quyết khiếu nại lần hai (vùng sâu, vùng xa, phức tạp)', 'Luật Khiếu nại 2011', 'Điều 37', 70, 'CALENDAR_DAY', 'ACCEPTANCE', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('COMPLAINT_FILE', 'NORMAL', 'Thời hiệu khiếu nại lần đầu', 'Luật Khiếu nại 2011', 'Điều 9', 90, 'CALENDAR_DAY', 'DECISION_KNOWN', '2012-07-01', NULL, 'CONFIRMED', NULL),
 ('DENUNCIATION_CHECK', 'NORMAL', 'Vào sổ, kiểm tra điều kiện thụ lý tố cáo', 'Luật Tố cáo 2011', 'Điều 20', 10, 'CALENDAR_DAY', 'RECEIPT', '2012-07-01', '2018-12-31', 'TO_VERIFY',
  'Luật cũ: 10 ngày; cần xác minh cách tính.'),
 ('DENUNCIATION_CHECK', 'NORMAL', 'Vào sổ, kiểm tra điều kiện thụ lý tố cáo', 'Luật Tố cáo 2018', 'Điều 24', 7, 'WORKING_DAY', 'RECEIPT', '2019-01-01', NULL, 'TO_VERIFY',
  'Cần xác minh với văn bản gốc.'),
 ('DENUNCIATION_NOTIFY', 'NORMAL', 'Thông báo việc thụ lý cho người tố cáo và người bị tố cáo', 'Luật Tố cáo 2018', 'Điều 29', 5, 'WORKING_DAY', 'ACCEPTANCE_DECISION', '2019-01-01', NULL, 'CONFIRMED', NULL),
 ('DENUNCIATION_RESOLVE', 'NORMAL', 'Giải quyết tố cáo', 'Luật Tố cáo 2018', 'Điều 30', 30, 'CALENDAR_DAY', 'ACCEPTANCE', '2019-01-01', NULL, 'CONFIRMED', NULL),
 ('DENUNCIATION_EXTEND_COMPLEX', 'NORMAL', 'Gia hạn giải quyết tố cáo, vụ việc phức tạp (một lần, tổng không quá 60 ngày)', 'Luật Tố cáo 2018', 'Điều 30', 30, 'CALENDAR_DAY', 'PREVIOUS_TERM_END', '2019-01-01', NULL, 'CONFIRMED', NULL),
 ('DENUNCIATION_EXTEND_SPECIAL', 'NORMAL', 'Gia hạn giải quyết tố cáo, vụ việc đặc biệt phức tạp (hai lần, mỗi lần không quá 30 ngày, tổng không quá 90 ngày)', 'Luật Tố cáo 2018', 'Điều 30', 30, 'CALENDAR_DAY', 'PREVIOUS_TERM_END', '2019-01-01', NULL, 'CONFIRMED', NULL),
 ('DENUNCIATION_PUBLISH', 'NORMAL', 'Niêm yết công khai kết luận nội dung tố cáo (ít nhất 15 ngày liên tục)', 'Nghị định 31/2019/NĐ-CP', 'Điều 6', 15, 'CALENDAR_DAY', 'PUBLICATION', '2019-05-28', NULL, 'CONFIRMED',
  'Thời hạn tối thiểu: hạn là ngày sớm nhất được kết thúc niêm yết.'),
 ('PETITION_HANDLE', 'NORMAL', 'Xử lý đơn (phân loại và quyết định)', 'Thông tư 05/2021/TT-TTCP', NULL, 10, 'WORKING_DAY', 'RECEIPT', '2021-11-15', NULL, 'TO_VERIFY',
  'Cần xác minh điều khoản và ngày có hiệu lực.'),
 ('DIALOGUE_CONCLUSION', 'NORMAL', 'Ban hành thông báo kết luận hội nghị đối thoại', 'Quy định của tỉnh Hà Tĩnh', NULL, 10, 'WORKING_DAY', 'DIALOGUE', '2019-01-01', NULL, 'TO_VERIFY',
  'Quy định địa phương; cần xác minh số hiệu và ngày có hiệu lực.'),
 ('DIALOGUE_ANSWER', 'NORMAL', 'Đơn vị được giao trả lời bằng văn bản', 'Quy định của tỉnh Hà Tĩnh', NULL, 30, 'WORKING_DAY', 'CONCLUSION_NOTICE', '2019-01-01', NULL, 'TO_VERIFY',
  'Quy định địa phương; cần xác minh số hiệu và ngày có hiệu lực.');

-- A body's stricter internal limit for its units (and every unit under them). Never longer than
-- the statutory limit: checked when saved, and the shorter of the two applies when computing.
CREATE TABLE deadline_override (
    id         BIGSERIAL PRIMARY KEY,
    unit_id    BIGINT       NOT NULL REFERENCES org_unit (id),
    rule_code  VARCHAR(60)  NOT NULL,
    variant    VARCHAR(24)  NOT NULL DEFAULT 'NORMAL',
    duration   INT          NOT NULL,
    note       TEXT,
    created_by VARCHAR(100),
    created_at TIMESTAMPTZ  NOT NULL DEFAULT now(),
    CONSTRAINT deadline_override_duration_ck CHECK (duration > 0),
    CONSTRAINT deadline_override_variant_ck CHECK (variant IN ('NORMAL', 'COMPLEX', 'REMOTE_AREA', 'REMOTE_AREA_COMPLEX'))
);
CREATE UNIQUE INDEX deadline_override_ux ON deadline_override (unit_id, rule_code, variant);
