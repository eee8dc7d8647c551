package org.tiepdan.history.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.document.TestUnits;
import org.tiepdan.platform.Dates;
import tools.jackson.databind.json.JsonMapper;

/**
 * A hand-made five-year history (2019–2023) of a fresh commune: its Party committee and People's
 * Committee, reception sessions and visits, petitions in every final state, a dialogue, inspections
 * with violations, outreach events and documents. Written once as data, then as the JSON bundle a
 * machine would send and as the filled template an official would upload.
 */
final class FiveYearHistory {

    final long area;
    final String areaName;
    final String party;
    final String ubnd;
    final long partyId;
    final long ubndId;
    final Map<RecordType, List<Map<String, Object>>> rows = new EnumMap<>(RecordType.class);

    private FiveYearHistory(JdbcClient jdbc, String label) {
        area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã " + label, null);
        areaName = name(jdbc, area);
        String suffix = areaName.substring(3);
        partyId = jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values "
                + "('PARTY_COMMITTEE', 'COMMUNE', ?, ?, date '2000-01-01') returning id")
                .params("Đảng ủy xã " + suffix, area).query(Long.class).single();
        ubndId = jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values "
                + "('PEOPLES_COMMITTEE', 'COMMUNE', ?, ?, date '2000-01-01') returning id")
                .params("Ủy ban nhân dân xã " + suffix, area).query(Long.class).single();
        party = name(jdbc, partyId);
        ubnd = name(jdbc, ubndId);
        fill();
    }

    static FiveYearHistory create(JdbcClient jdbc, String label) {
        return new FiveYearHistory(jdbc, label);
    }

    private static String name(JdbcClient jdbc, long id) {
        return jdbc.sql("select name from org_unit where id = ?").param(id).query(String.class).single();
    }

    static Map<String, Object> row(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }

    private void add(RecordType type, Map<String, Object> row) {
        rows.computeIfAbsent(type, t -> new ArrayList<>()).add(row);
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private void session(String key, String kind, String date, String capacity, String hostUnit, String host,
            Object... more) {
        Map<String, Object> r = row("key", key, "unit", party, "kind", kind, "date", d(date),
                "place", "Trụ sở Đảng ủy xã", "hostCapacity", capacity, "hostUnit", hostUnit, "hostName", host);
        for (int i = 0; i < more.length; i += 2) {
            r.put((String) more[i], more[i + 1]);
        }
        add(RecordType.SESSION, r);
    }

    private void fill() {
        session("TD-2019-01", "PERIODIC", "2019-03-15", "HEAD", party, "Nguyễn Văn Bí");
        session("TD-2019-02", "PERIODIC", "2019-09-16", "HEAD", party, "Nguyễn Văn Bí");
        session("TD-2020-01", "AD_HOC", "2020-06-15", "HEAD", party, "Nguyễn Văn Bí");
        session("TD-2021-01", "PERIODIC", "2021-03-15", "HEAD", party, "Nguyễn Văn Bí");
        session("TD-2022-01", "PERIODIC", "2022-03-15", "DEPUTY", party, "Trần Văn Phó", "hostAuthorisation",
                "Giấy ủy quyền số 02-GUQ/ĐU");
        session("TD-2023-01", "PERIODIC", "2023-03-15", "HEAD", party, "Nguyễn Văn Bí", "host2Capacity", "HEAD",
                "host2Unit", ubnd, "host2Name", "Lê Văn Chủ");
        session("TD-2023-02", "REGULAR", "2023-10-16", "STAFF", null, "Phạm Thị Tiếp");
        add(RecordType.VISIT, row("key", "LT-01", "session", "TD-2019-01", "citizenName", "Nguyễn Văn An",
                "idNumber", "042075001122", "hamlet", "Thôn Tân Hòa", "content", "Hỏi về việc cấp giấy chứng nhận quyền sử dụng đất.",
                "field", "LAND", "outcome", "ANSWERED"));
        add(RecordType.VISIT, row("key", "LT-02", "session", "TD-2019-01", "citizenName", "Trần Văn Bảy",
                "delegation", true, "headcount", 6, "representatives", List.of("Trần Văn Bảy", "Lê Thị Tám"),
                "content", "Đoàn 6 hộ kiến nghị về bồi thường khi thu hồi đất làm đường.", "field", "LAND",
                "complex", true, "outcome", "PETITION_RECEIVED"));
        add(RecordType.VISIT, row("key", "LT-03", "session", "TD-2019-02", "citizenName", "Lê Văn Cường",
                "content", "Yêu cầu giải quyết tranh chấp ranh giới đất.", "field", "LAND", "outcome", "REFUSED",
                "refusalGround", "THREATENING_OR_DISRUPTIVE"));
        add(RecordType.VISIT, row("key", "LT-04", "session", "TD-2020-01", "citizenName", "Nguyễn Văn An",
                "content", "Tiếp tục hỏi về giấy chứng nhận quyền sử dụng đất.", "field", "LAND", "prolonged", true,
                "outcome", "GUIDED", "sameMatterAs", "LT-01"));
        add(RecordType.VISIT, row("key", "LT-05", "session", "TD-2021-01", "citizenName", "Đỗ Thị Duyên",
                "content", "Hỏi về chế độ hộ cận nghèo.", "field", "SOCIAL_POLICY", "outcome", "GUIDED"));
        add(RecordType.VISIT, row("key", "LT-06", "session", "TD-2022-01", "citizenName", "Hồ Văn Em",
                "content", "Phản ánh đường liên thôn xuống cấp.", "field", "CONSTRUCTION", "outcome", "ANSWERED"));
        add(RecordType.VISIT, row("key", "LT-07", "session", "TD-2023-01", "citizenName", "Võ Thị Giang",
                "content", "Kiến nghị lắp đèn chiếu sáng đường thôn.", "field", "CONSTRUCTION", "outcome", "ANSWERED"));
        add(RecordType.VISIT, row("key", "LT-08", "session", "TD-2023-01", "citizenName", "Bùi Văn Hải",
                "content", "Hỏi về hỗ trợ giống cây trồng.", "field", "OTHER", "outcome", "ANSWERED"));
        add(RecordType.VISIT, row("key", "LT-09", "session", "TD-2023-02", "citizenName", "Phan Thị Ích",
                "content", "Hỏi thủ tục chứng thực.", "field", "ADMINISTRATION", "outcome", "GUIDED"));

        petition("DT-01", ubnd, "2019-04-02", "POST", "Nguyễn Văn Khải", "COMPLAINT", "LAND", "RESOLVE", "ACCEPT",
                "2019-04-10", "01/TB-UBND", "2019-05-08", "05/QĐ-UBND", "PARTLY_RIGHT",
                "Khiếu nại quyết định thu hồi đất làm đường liên thôn.");
        petition("DT-02", ubnd, "2020-05-04", "POST", "Lê Thị Lan", "DENUNCIATION", "ADMINISTRATION", "RESOLVE",
                "ACCEPT", "2020-05-12", "12/TB-UBND", "2020-06-05", "20/KL-UBND", "TRUE",
                "Tố cáo cán bộ địa chính nhận tiền của dân.").put("cameBackOn", d("2021-02-01"));
        petition("DT-03", ubnd, "2021-07-05", "HOTLINE", "Phạm Văn Minh", "FEEDBACK", "ENVIRONMENT", "RESOLVE",
                "ACCEPT", "2021-07-09", "30/TB-UBND", "2021-07-30", "41/UBND-VP", null,
                "Phản ánh trại lợn xả thải ra mương.");
        Map<String, Object> p4 = petition("DT-04", party, "2022-08-01", "POST", "Hoàng Văn Nam", "RECOMMENDATION",
                "LAND", "DIRECT", "DIRECT", "2022-08-05", "15-CV/ĐU", "2022-08-30", "52/UBND-VP", null,
                "Kiến nghị giải quyết dứt điểm việc cấp giấy chứng nhận cho 12 hộ.");
        p4.put("complex", true);
        p4.put("otherBody", "Ủy ban nhân dân xã");
        p4.put("directionDueOn", d("2022-09-05"));
        Map<String, Object> p5 = petition("DT-05", party, "2023-02-06", "POST", "Ngô Thị Oanh", "FEEDBACK", "PARTY",
                "DIRECT", "DIRECT", "2023-02-10", "21-CV/ĐU", "2023-03-10", "12-BC/UBKT", null,
                "Phản ánh đảng viên là trưởng thôn có biểu hiện suy thoái đạo đức.");
        p5.put("degradation", true);
        p5.put("incited", true);
        p5.put("otherBody", "Ủy ban kiểm tra Đảng ủy xã");
        p5.put("directionDueOn", d("2023-03-20"));
        petition("DT-06", ubnd, "2023-04-03", "POST", "Vũ Văn Phong", "COMPLAINT", "JUSTICE", "NONE", "GUIDE",
                "2023-04-07", "18/TB-UBND", null, null, null, "Khiếu nại bản án về tranh chấp thừa kế.")
                .put("otherBody", "Tòa án nhân dân tỉnh");
        petition("DT-07", ubnd, "2023-05-08", "POST", "Đặng Thị Quyên", "COMPLAINT", "SOCIAL_POLICY", "NONE",
                "TRANSFER", "2023-05-10", "22/UBND-VP", null, null, null, "Khiếu nại về chế độ bảo hiểm xã hội.")
                .put("otherBody", "Bảo hiểm xã hội tỉnh");
        petition("DT-08", ubnd, "2023-12-04", "POST", "Trương Văn Sơn", "COMPLAINT", "LAND", "RESOLVE", "ACCEPT",
                "2023-12-08", "60/TB-UBND", "2024-01-05", "02/QĐ-UBND", "WRONG",
                "Khiếu nại việc không bồi thường cây trồng.");
        Map<String, Object> p9 = petition("DT-09", ubnd, "2020-09-07", "POST", "Lý Văn Tài", "COMPLAINT",
                "ADMINISTRATION", "RESOLVE", "REFUSE", "2020-09-10", "25/TB-UBND", null, null, null,
                "Khiếu nại quyết định xử phạt đã quá thời hiệu.");
        p9.put("reason", "TIME_LIMIT_EXPIRED");
        Map<String, Object> p10 = petition(null, ubnd, "2019-03-15", "IN_PERSON", "Trần Văn Bảy", "RECOMMENDATION",
                "LAND", "RESOLVE", "ACCEPT", "2019-03-20", "03/TB-UBND", "2019-04-15", "09/UBND-VP", null,
                "Đoàn 6 hộ kiến nghị về bồi thường khi thu hồi đất làm đường.");
        p10.put("visit", "LT-02");
        p10.put("headcount", 6);

        add(RecordType.DIALOGUE, row("key", "ĐT-2022", "unit", party, "kind", "PERIODIC", "heldOn", d("2022-06-20"),
                "place", "Hội trường xã", "chair", "Nguyễn Văn Bí", "participants", 120,
                "conclusionNumber", "48-TB/ĐU", "conclusionOn", d("2022-06-28")));
        add(RecordType.OPINION, row("key", "YK-2022-01", "dialogue", "ĐT-2022", "citizenName", "Lê Văn Ước",
                "hamlet", "Thôn Kim Sơn", "content", "Đề nghị sửa cầu tràn khe Trường Sơn."));
        add(RecordType.ASSIGNMENT, row("opinion", "YK-2022-01", "assignee", ubnd, "task",
                "Khảo sát, lập dự toán sửa cầu tràn.", "dueOn", d("2022-08-09"), "answeredOn", d("2022-07-25"),
                "answerDocument", "45/UBND-VP"));

        add(RecordType.INSPECTION, row("key", "KT-2022", "unit", party, "kind", "CHECK", "mode", "PLANNED",
                "title", "Kiểm tra việc thực hiện Quy định số 11-QĐi/TW năm 2022", "topic", "QĐ 11",
                "startedOn", d("2022-10-05"), "endedOn", d("2022-10-07"), "bodies", List.of(party)));
        add(RecordType.INSPECTION, row("key", "GS-2023", "unit", party, "kind", "SUPERVISION", "mode", "AD_HOC",
                "title", "Giám sát đột xuất việc xử lý kiến nghị của công dân", "topic", "QĐ 11",
                "startedOn", d("2023-09-12"), "bodies", List.of(ubnd)));
        add(RecordType.VIOLATION, row("inspection", "KT-2022", "headName", "Trần Văn Trưởng", "headTitle",
                "Bí thư chi bộ thôn", "headUnit", party, "headRole", "PARTY_SECRETARY",
                "description", "Không tiếp công dân định kỳ theo lịch.",
                "severity", "NOT_TO_DISCIPLINE"));
        add(RecordType.VIOLATION, row("inspection", "GS-2023", "headName", "Lê Thị Hạ", "headTitle",
                "Phó Chủ tịch UBND xã", "headUnit", ubnd, "description", "Chậm trả lời kiến nghị sau đối thoại.",
                "severity", "TO_DISCIPLINE", "disciplineForm", "Khiển trách", "disciplinedOn", d("2023-10-20")));

        add(RecordType.OUTREACH, row("unit", party, "kind", "CONFERENCE", "heldOn", d("2019-04-10"), "title",
                "Hội nghị quán triệt Quy định số 11-QĐi/TW", "topic", "QĐ 11", "participants", 80, "materials", 80));
        add(RecordType.OUTREACH, row("unit", party, "kind", "TRAINING", "heldOn", d("2021-08-20"), "title",
                "Tập huấn nghiệp vụ tiếp công dân", "topic", "QĐ 11", "participants", 40, "materials", 40));

        add(RecordType.DOCUMENT, row("unit", party, "numberSymbol", "02-KH/ĐU", "issuer", "Đảng ủy", "summary",
                "Kế hoạch triển khai thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị", "issuedOn", d("2019-03-20"),
                "topic", "QĐ 11"));
        add(RecordType.DOCUMENT, row("unit", party, "numberSymbol", "03-TB/ĐU", "issuer", "Đảng ủy", "summary",
                "Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư năm 2019", "issuedOn", d("2019-04-02"),
                "topic", "QĐ 11"));
        add(RecordType.DOCUMENT, row("unit", party, "numberSymbol", "21-QĐ/ĐU", "issuer", "Đảng ủy", "summary",
                "Ban hành nội quy tiếp công dân của Bí thư Đảng ủy", "issuedOn", d("2020-01-25"), "topic", "QĐ 11"));
    }

    private Map<String, Object> petition(String key, String unit, String received, String channel, String who,
            String kind, String field, String competence, String decision, String decidedOn, String decisionDoc,
            String resolvedOn, String resolutionDoc, String result, String content) {
        Map<String, Object> r = row("unit", unit, "receivedOn", d(received), "channel", channel, "petitioner", who,
                "kind", kind, "field", field, "content", content, "competence", competence, "decision", decision,
                "decidedOn", d(decidedOn), "decisionDocument", decisionDoc);
        if (key != null) {
            r.put("key", key);
        }
        if (resolvedOn != null) {
            r.put("resolvedOn", d(resolvedOn));
            r.put("resolutionDocument", resolutionDoc);
        }
        if (result != null) {
            r.put("result", result);
        }
        add(RecordType.PETITION, r);
        return r;
    }

    // --- the two forms -------------------------------------------------------------------------------

    byte[] json() {
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("version", 1);
        bundle.put("source", "Sổ sách xã " + areaName);
        rows.forEach((type, list) -> bundle.put(type.jsonName(), list.stream().map(r -> {
            Map<String, Object> out = new LinkedHashMap<>();
            r.forEach((k, v) -> {
                if (v != null) {
                    out.put(k, v instanceof LocalDate date ? date.toString() : v);
                }
            });
            return out;
        }).toList()));
        return JsonMapper.builder().build().writeValueAsBytes(bundle);
    }

    /** Fills the downloaded template as an official would: labels from the drop-downs, dates typed or as dates. */
    byte[] xlsx(byte[] template, Workbooks workbooks, Vocabulary vocabulary) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            boolean asDate = false;
            for (Map.Entry<RecordType, List<Map<String, Object>>> e : rows.entrySet()) {
                RecordType type = e.getKey();
                Sheet sheet = wb.getSheet(workbooks.sheetName(type));
                Map<String, Integer> columns = new LinkedHashMap<>();
                for (Cell c : sheet.getRow(0)) {
                    for (FieldDef def : type.fields()) {
                        if (workbooks.header(type, def).equals(c.getStringCellValue())) {
                            columns.put(def.name(), c.getColumnIndex());
                        }
                    }
                }
                int r = 1;
                for (Map<String, Object> data : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (Map.Entry<String, Object> f : data.entrySet()) {
                        if (f.getValue() == null) {
                            continue;
                        }
                        FieldDef def = type.field(f.getKey()).orElseThrow();
                        Cell cell = row.createCell(columns.get(f.getKey()));
                        Object v = f.getValue();
                        if (v instanceof LocalDate date) {
                            asDate = !asDate;
                            if (asDate) {
                                cell.setCellValue(date);
                                cell.setCellStyle(dateStyle);
                            } else {
                                cell.setCellValue(Dates.format(date));
                            }
                        } else if (v instanceof Integer i) {
                            cell.setCellValue(i);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(vocabulary.label("bool", b.toString()));
                        } else if (v instanceof List<?> list) {
                            cell.setCellValue(String.join(def.kind() == FieldKind.UNITS ? "; " : "\n",
                                    list.stream().map(Object::toString).toList()));
                        } else if (def.kind() == FieldKind.ENUM) {
                            cell.setCellValue(vocabulary.label(def.list(), (String) v));
                        } else {
                            cell.setCellValue((String) v);
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
