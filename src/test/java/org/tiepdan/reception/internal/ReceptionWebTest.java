package org.tiepdan.reception.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.reception.SessionKind;
import org.tiepdan.reception.internal.ReceptionTestSupport.Commune;

/** The screens and the files: logbook (.xlsx, .docx) read back cell by cell, messages beside fields, public pages. */
@FullStackTest
class ReceptionWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    ReceptionService reception;
    @Autowired
    ScheduleService schedules;
    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    static Authentication as(Role role, Long unitId) {
        TiepdanUser user = new TiepdanUser(7L, "web-" + ReceptionTestSupport.unique(), "Người thử",
                List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    record Fixture(Commune commune, ReceptionSession session, ReceptionVisit single, ReceptionVisit delegation,
            ReceptionVisit refused) {
    }

    Fixture fixture() {
        Commune c = ReceptionTestSupport.commune(units);
        ReceptionSession s = reception.openSession(new ReceptionService.SessionCommand(c.committee().id(),
                SessionKind.PERIODIC, LocalDate.of(2025, 3, 10), "Phòng tiếp dân", null,
                List.of(new SessionHost(c.party().id(), HostRole.PARTY_SECRETARY, HostCapacity.HEAD, "Trần Văn Bình",
                        null)), null));
        ReceptionVisit single = reception.recordVisit(s.id(), new VisitData(s.date(), "Nguyễn Văn An", "042065000901",
                c.area().id(), "Thôn Tân Hòa", null, "0912345678", false, 1, List.of(),
                "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", "LAND", true, true, false, false, Outcome.GUIDED,
                "Hướng dẫn đến bộ phận một cửa", "Bản sao giấy tờ đất", null, null, null, null));
        ReceptionVisit delegation = reception.recordVisit(s.id(), new VisitData(s.date(), "Lê Văn Bảo", null,
                c.area().id(), "Thôn Đồng Tiến", null, null, true, 7, List.of("Lê Văn Bảo", "Phan Thị Cúc"),
                "Phản ánh trạm trộn bê tông gây ô nhiễm", "OTHER", false, false, false, false,
                Outcome.PETITION_RECEIVED, null, null, null, null, null, null));
        ReceptionVisit refused = reception.recordVisit(s.id(), new VisitData(s.date(), "Đặng Văn Cường", null,
                c.area().id(), null, null, null, false, 1, List.of(), "Đòi gặp lãnh đạo", "OTHER", false, false, false,
                false, Outcome.REFUSED, null, null, "ALREADY_SETTLED", "12/TB-UBND", LocalDate.of(2025, 1, 5), null));
        reception.linkPetition(delegation.id(), 99L, "07/ĐKĐ");
        return new Fixture(c, s, single, delegation, refused);
    }

    @Test
    void theLogbookScreenKeepsItsFilterDatesAsTyped() throws Exception {
        // The list filters' shared date field (fragments/filters.html) writes a LocalDate dd/MM/yyyy.
        Fixture f = fixture();
        mvc.perform(get("/reception/logbook").param("unitId", String.valueOf(f.commune().area().id()))
                        .param("from", "01/03/2025").param("to", "31/03/2025")
                        .with(authentication(as(Role.VIEWER, f.commune().area().id()))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"from\" name=\"from\"")))
                .andExpect(content().string(containsString("value=\"01/03/2025\"")))
                .andExpect(content().string(containsString("value=\"31/03/2025\"")));
    }

    @Test
    void theLogbookXlsxHasTheOfficialColumnsAndOneRowPerVisit() throws Exception {
        Fixture f = fixture();
        byte[] xlsx = mvc.perform(get("/reception/logbook.xlsx").param("unitId", String.valueOf(f.commune().area().id()))
                        .param("from", "01/03/2025").param("to", "31/03/2025")
                        .with(authentication(as(Role.VIEWER, f.commune().area().id()))))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("so-tiep-cong-dan.xlsx")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = wb.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SỔ TIẾP CÔNG DÂN");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo(f.commune().area().name());
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("Từ ngày 01/03/2025 đến ngày 31/03/2025");
            assertThat(texts(sheet.getRow(3), 9)).containsExactly("STT", "Ngày tiếp", "Họ tên", "Địa chỉ", "Số CCCD",
                    "Nội dung vụ việc", "Phân loại", "Hướng xử lý", "Theo dõi kết quả");
            Row first = sheet.getRow(4);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(texts(first, 9).subList(1, 9)).containsExactly("10/03/2025", "Nguyễn Văn An",
                    "Thôn Tân Hòa, " + f.commune().area().name(), "042065000901",
                    "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", "Đất đai; Phức tạp; Kéo dài",
                    "Hướng dẫn: Hướng dẫn đến bộ phận một cửa", "");
            Row second = sheet.getRow(5);
            assertThat(second.getCell(0).getNumericCellValue()).isEqualTo(2.0);
            assertThat(texts(second, 9).subList(1, 9)).containsExactly("10/03/2025",
                    "Lê Văn Bảo (đoàn 7 người; đại diện: Lê Văn Bảo, Phan Thị Cúc)",
                    "Thôn Đồng Tiến, " + f.commune().area().name(), "", "Phản ánh trạm trộn bê tông gây ô nhiễm",
                    "Khác; Đông người", "Tiếp nhận đơn", "Đơn số 07/ĐKĐ");
            Row third = sheet.getRow(6);
            assertThat(texts(third, 9).get(7)).isEqualTo(
                    "Từ chối tiếp (Luật Tiếp công dân 2013, Điều 9 khoản 3); thông báo số 12/TB-UBND");
            assertThat(third.getCell(3).getStringCellValue()).isEqualTo(f.commune().area().name());
            assertThat(sheet.getRow(7)).isNull();
        }
    }

    @Test
    void theLogbookDocxHasTheMottoAndTheSameRows() throws Exception {
        Fixture f = fixture();
        byte[] docx = mvc.perform(get("/reception/logbook.docx").param("unitId", String.valueOf(f.commune().area().id()))
                        .param("from", "01/03/2025").param("to", "31/03/2025")
                        .with(authentication(as(Role.RECEPTION_OFFICER, f.commune().area().id()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            XWPFTable header = doc.getTables().get(0);
            assertThat(header.getRow(0).getCell(1).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc");
            assertThat(doc.getParagraphs()).anyMatch(p -> p.getText().equals("SỔ TIẾP CÔNG DÂN"));
            XWPFTable table = doc.getTables().get(1);
            assertThat(table.getRows()).hasSize(4);
            assertThat(cells(table.getRow(0))).containsExactly("STT", "Ngày tiếp", "Họ tên", "Địa chỉ", "Số CCCD",
                    "Nội dung vụ việc", "Phân loại", "Hướng xử lý", "Theo dõi kết quả");
            assertThat(cells(table.getRow(1))).containsExactly("1", "10/03/2025", "Nguyễn Văn An",
                    "Thôn Tân Hòa, " + f.commune().area().name(), "042065000901",
                    "Đề nghị cấp giấy chứng nhận quyền sử dụng đất", "Đất đai; Phức tạp; Kéo dài",
                    "Hướng dẫn: Hướng dẫn đến bộ phận một cửa", "");
            assertThat(cells(table.getRow(2)).get(8)).isEqualTo("Đơn số 07/ĐKĐ");
            assertThat(doc.getParagraphs().get(0).getRuns()).isNotNull();
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            assertThat(table.getRow(1).getCell(2).getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("Times New Roman");
        }
    }

    @Test
    void theReceiptAndTheMinutesAreWordFilesWithTheMotto() throws Exception {
        Fixture f = fixture();
        Authentication officer = as(Role.RECEPTION_OFFICER, f.commune().area().id());
        byte[] receipt = mvc.perform(get("/reception/visits/{id}/receipt.docx", f.single().id()).with(authentication(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(receipt))) {
            assertThat(doc.getTables().get(0).getText()).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("GIẤY BIÊN NHẬN").contains("Bản sao giấy tờ đất").contains("Nguyễn Văn An");
            assertThat(doc.getDocument().getBody().getSectPr().getPgSz().getW().toString()).isEqualTo("11906");
        }
        byte[] minutes = mvc.perform(get("/reception/sessions/{id}/minutes.docx", f.session().id())
                        .with(authentication(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(minutes))) {
            String text = doc.getParagraphs().stream().map(p -> p.getText()).reduce("", (a, b) -> a + "\n" + b);
            assertThat(text).contains("BIÊN BẢN TIẾP CÔNG DÂN").contains("Tổng số lượt tiếp: 3; số người được tiếp: 8.");
            assertThat(doc.getTables().get(1).getRows()).hasSize(4);
        }
    }

    @Test
    void badInputIsExplainedBesideTheField() throws Exception {
        Fixture f = fixture();
        Authentication officer = as(Role.RECEPTION_OFFICER, f.commune().area().id());
        mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf()).with(authentication(officer))
                        .param("date", "10/03/2025").param("citizenName", "Võ Văn Tám").param("citizenIdNumber", "12345")
                        .param("content", "Hỏi chính sách").param("fieldCode", "LAND").param("outcome", "ANSWERED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"citizenIdNumber-error\"")))
                .andExpect(content().string(containsString("Số giấy tờ không hợp lệ")));
        mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf()).with(authentication(officer))
                        .param("date", "10/03/2025").param("citizenName", "Võ Văn Tám").param("delegation", "true")
                        .param("headcount", "4").param("representatives", "Võ Văn Tám")
                        .param("content", "Hỏi chính sách").param("fieldCode", "LAND").param("outcome", "ANSWERED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"headcount-error\"")))
                .andExpect(content().string(containsString("Đoàn đông người phải có từ 5 người trở lên")));
        mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf()).with(authentication(officer))
                        .param("date", "11/03/2025").param("citizenName", "Võ Văn Tám")
                        .param("content", "Hỏi chính sách").param("fieldCode", "LAND").param("outcome", "REFUSED"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lượt tiếp phải cùng ngày với cuộc tiếp (10/03/2025)")));
        // Another unit's officer may not record here.
        ReceptionTestSupport.Commune other = ReceptionTestSupport.commune(units);
        mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf())
                        .with(authentication(as(Role.RECEPTION_OFFICER, other.area().id())))
                        .param("citizenName", "X"))
                .andExpect(status().isForbidden());
    }

    /** The desk form: each kind of document by its own rule, the kind kept, a number alone takes the kind of its form. */
    @Test
    void theDeskTakesEachKindOfDocumentAndExplainsABadNumberBesideItKeepingWhatWasTyped() throws Exception {
        Fixture f = fixture();
        Authentication officer = as(Role.RECEPTION_OFFICER, f.commune().area().id());
        String[][] valid = {{"CCCD", "042065000777", "CCCD"}, {"CMND", "183456789", "CMND"},
            {"PASSPORT", "b1234567", "PASSPORT"}, {"PERSONAL_ID", "001203004005", "PERSONAL_ID"},
            {"", "079190000123", "CCCD"}, {"", "183450000", "CMND"}, {"", "C7654321", "PASSPORT"}};
        for (String[] v : valid) {
            String name = "Giấy Tờ " + ReceptionTestSupport.unique();
            mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf()).with(authentication(officer))
                            .param("date", "10/03/2025").param("citizenName", name).param("citizenIdKind", v[0])
                            .param("citizenIdNumber", v[1]).param("content", "Hỏi chính sách").param("fieldCode", "LAND")
                            .param("outcome", "ANSWERED"))
                    .andExpect(status().is3xxRedirection());
            var row = jdbc.sql("select id_kind, citizen_id_number from reception_visit where session_id = ? and citizen_name = ?")
                    .params(f.session().id(), name).query((rs, i) -> List.of(rs.getString(1), rs.getString(2))).single();
            assertThat(row).as(v[0] + " " + v[1]).containsExactly(v[2], v[1].toUpperCase());
        }
        String[][] invalid = {{"CCCD", "183456789"}, {"CMND", "042065000777"}, {"PASSPORT", "B12"},
            {"PERSONAL_ID", "097065000001"}, {"", "12345678"}};
        for (String[] v : invalid) {
            mvc.perform(post("/reception/sessions/{id}/visits", f.session().id()).with(csrf()).with(authentication(officer))
                            .param("date", "10/03/2025").param("citizenName", "Võ Văn Chín").param("citizenIdKind", v[0])
                            .param("citizenIdNumber", v[1]).param("content", "Hỏi chính sách").param("fieldCode", "LAND")
                            .param("outcome", "ANSWERED"))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("id=\"citizenIdNumber-error\"")))
                    .andExpect(content().string(containsString("Số giấy tờ không hợp lệ")))
                    .andExpect(content().string(containsString("value=\"" + v[1] + "\"")))
                    .andExpect(content().string(containsString(v[0].isEmpty() ? "id=\"citizenIdKind\""
                            : "value=\"" + v[0] + "\" selected")));
        }
    }

    @Test
    void theVisitPageLinksThePetitionAndTheSessionPageShowsVisits() throws Exception {
        Fixture f = fixture();
        Authentication viewer = as(Role.VIEWER, f.commune().area().id());
        mvc.perform(get("/reception/visits/{id}", f.delegation().id()).with(authentication(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/petitions/99\"")))
                .andExpect(content().string(containsString("07/ĐKĐ")));
        mvc.perform(get("/reception/sessions/{id}", f.session().id()).with(authentication(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lượt tiếp: 3; số người được tiếp: 8")));
        mvc.perform(get("/reception/sessions/{id}/recognise", f.session().id())
                        .with(authentication(as(Role.RECEPTION_OFFICER, f.commune().area().id())))
                        .param("citizenIdNumber", "042065000901"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Trùng CCCD hoặc họ tên và địa chỉ")));
    }

    @Test
    void thePublishedScheduleIsPublicWithoutLogin() throws Exception {
        Fixture f = fixture();
        ReceptionSchedule s = schedules.create(new ScheduleService.ScheduleCommand(f.commune().area().id(),
                "Lịch tiếp công dân công khai", RecurrenceKind.DAYS_OF_MONTH, List.of(10, 25), null, List.of(),
                "Phòng tiếp dân", LocalTime.of(7, 30), LocalTime.of(11, 0), LocalDate.of(2025, 1, 1), null,
                List.of(new ScheduleHost(f.commune().party().id(), HostRole.PARTY_SECRETARY, "Trần Văn Bình")), true,
                null));
        mvc.perform(get("/public/reception-schedules/{id}", s.id()).param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch tiếp công dân công khai")))
                .andExpect(content().string(containsString("Dời từ ngày 25/01/2025")))
                .andExpect(content().string(containsString("Độc lập - Tự do - Hạnh phúc")));
        mvc.perform(get("/public/reception-schedules/{id}/notice.docx", s.id()).param("year", "2025"))
                .andExpect(status().isOk());
        mvc.perform(get("/public/reception-schedules")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch tiếp công dân công khai")));
        // Not the staff pages.
        mvc.perform(get("/reception/schedules/{id}", s.id())).andExpect(status().is3xxRedirection());
    }

    @Test
    void theScheduleFormShowsEachMessageUnderItsField() throws Exception {
        // Drawn with the shared field set (fragments/fields.html); no crawl reaches this form.
        Commune c = ReceptionTestSupport.commune(units);
        Authentication officer = as(Role.RECEPTION_OFFICER, c.committee().id());
        mvc.perform(get("/reception/schedules/new").param("unitId", String.valueOf(c.committee().id()))
                        .with(authentication(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("aria-describedby=\"validFrom-error\"")))
                .andExpect(content().string(containsString("value=\"07:30\"")));
        mvc.perform(post("/reception/schedules/new").with(authentication(officer)).with(csrf())
                        .param("unitId", String.valueOf(c.committee().id())).param("title", "Lịch thử")
                        .param("recurrence", "DAYS_OF_MONTH").param("daysOfMonth", "10")
                        .param("startTime", "25:99").param("endTime", "11:00").param("validFrom", "32/13/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"startTime-error\"")))
                .andExpect(content().string(containsString("id=\"validFrom-error\"")))
                .andExpect(content().string(containsString("value=\"32/13/2025\"")));
    }

    @Test
    void theComplianceViewShowsTheShortMonthsAndTheRule() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        mvc.perform(get("/reception/compliance").param("unitId", String.valueOf(commune)).param("year", "2025")
                        .with(authentication(as(Role.VIEWER, commune))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Quy định 11-QĐi/TW")))
                .andExpect(content().string(containsString("Luật Tiếp công dân 2013, Điều 15")))
                .andExpect(content().string(containsString("Các tháng chưa đạt")));
    }

    private static List<String> texts(Row row, int n) {
        java.util.ArrayList<String> list = new java.util.ArrayList<>();
        for (int c = 0; c < n; c++) {
            var cell = row.getCell(c);
            list.add(cell == null ? null : cell.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC
                    ? String.valueOf((long) cell.getNumericCellValue()) : cell.getStringCellValue());
        }
        return list;
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
