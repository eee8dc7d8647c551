package org.tiepdan.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.calendar.internal.DaysOffCsv;

@FullStackTest
class CalendarApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;
    @Autowired
    WorkingCalendar calendar;

    /** The shared data file when the project sits next to it, else the copy shipped in the jar. */
    static List<DaysOffCsv.Row> sharedRows() throws IOException {
        Path shared = Path.of("../shared/data/vn-days-off.csv");
        try (InputStream in = Files.exists(shared) ? Files.newInputStream(shared)
                : CalendarApiTest.class.getClassLoader().getResourceAsStream("calendar/vn-days-off.csv")) {
            return DaysOffCsv.read(in);
        }
    }

    @Test
    void everyRowOfTheSharedCsvIsHonoured() throws IOException {
        List<DaysOffCsv.Row> rows = sharedRows();
        assertThat(rows).hasSizeGreaterThan(100);
        for (DaysOffCsv.Row row : rows) {
            boolean working = calendar.isWorkingDay(row.date());
            assertThat(working).as("%s %s", row.date(), row.kind()).isEqualTo(row.kind() == DayKind.MAKEUP_WORKDAY);
            YearSchedule year = calendar.year(row.date().getYear());
            assertThat(year.days()).as("%s listed", row.date()).anySatisfy(d -> {
                assertThat(d.date()).isEqualTo(row.date());
                assertThat(d.kind()).isEqualTo(row.kind());
                assertThat(d.confirmed()).isEqualTo(row.confirmed());
            });
        }
        assertThat(calendar.year(2025).provisional()).isFalse();
        assertThat(calendar.year(2027).provisional()).isTrue();   // projections, unsure rows
        assertThat(calendar.year(2040).provisional()).isTrue();   // nothing announced: computed
        assertThat(calendar.year(2040).announced()).isFalse();
    }

    /** Both period rules around every block of days off of 2019–2026. */
    @Test
    void periodsAroundEveryHolidayBlock() throws IOException {
        List<LocalDate> offWeekdays = new ArrayList<>();
        for (DaysOffCsv.Row r : sharedRows()) {
            if (r.kind().isOff() && r.date().getYear() >= 2019 && r.date().getYear() <= 2026
                    && r.date().getDayOfWeek().getValue() <= 5) {
                offWeekdays.add(r.date());
            }
        }
        java.util.Set<LocalDate> blocks = new java.util.HashSet<>();
        for (LocalDate off : offWeekdays) {
            LocalDate before = off.minusDays(1);
            while (!calendar.isWorkingDay(before)) {
                before = before.minusDays(1);
            }
            if (!blocks.add(before)) {
                continue;   // block already checked
            }
            LocalDate after = off;
            while (!calendar.isWorkingDay(after)) {
                after = after.plusDays(1);
            }
            // Working days: the first working day after the day before the block is the day after it.
            assertThat(calendar.addWorkingDays(before, 1)).as("block %s", off).isEqualTo(after);
            assertThat(calendar.countWorkingDays(before, after)).isEqualTo(1);
            // From the last day of the block, one working day is the day after it too.
            assertThat(calendar.addWorkingDays(after.minusDays(1), 1)).isEqualTo(after);
            // Calendar days: a period ending inside the block ends on the day after it (Art. 148).
            assertThat(calendar.addCalendarDays(before, 1)).isEqualTo(after);
            assertThat(calendar.addCalendarDays(before.minusDays(10), 11)).isEqualTo(after);
            // Ending the day before the block, or the day after it, it stays.
            assertThat(calendar.addCalendarDays(before.minusDays(10), 10)).isEqualTo(before);
            long toAfter = after.toEpochDay() - before.minusDays(10).toEpochDay();
            assertThat(calendar.addCalendarDays(before.minusDays(10), (int) toAfter)).isEqualTo(after);
        }
        assertThat(blocks).hasSizeGreaterThanOrEqualTo(30);
    }

    @Test
    void yearApi() throws Exception {
        mvc.perform(get("/api/v1/calendar/2025"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.year").value(2025))
                .andExpect(jsonPath("$.provisional").value(false))
                .andExpect(jsonPath("$.days[0].date").value("2025-01-01"))
                .andExpect(jsonPath("$.days[0].kind").value("HOLIDAY"))
                .andExpect(jsonPath("$.days[0].name").value("Tết Dương lịch"))
                .andExpect(jsonPath("$.days[0].source").isNotEmpty())
                .andExpect(jsonPath("$.days[*].date", hasItem("2025-04-26")))      // make-up Saturday
                .andExpect(jsonPath("$.days[*].date", not(hasItem("2025-05-03"))))  // plain weekend
                .andExpect(jsonPath("$.days[*].kind", everyItem(org.hamcrest.Matchers.oneOf(
                        "HOLIDAY", "DAY_OFF", "MAKEUP_WORKDAY"))));
        mvc.perform(get("/api/v1/calendar/2045")).andExpect(status().isOk())
                .andExpect(jsonPath("$.provisional").value(true));
        mvc.perform(get("/api/v1/calendar/1899")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
        mvc.perform(get("/api/v1/calendar/abc")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("year"));
    }

    @Test
    void arithmeticApi() throws Exception {
        mvc.perform(get("/api/v1/calendar/working-days/add").param("from", "2025-01-20").param("days", "10"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-20"))
                .andExpect(jsonPath("$.days").value(10))
                .andExpect(jsonPath("$.date").value("2025-02-10"));
        // 30 days from 01/04/2025 is Thu 01/05/2025 (holiday), then Fri 02/05 off: Mon 05/05.
        mvc.perform(get("/api/v1/calendar/calendar-days/add").param("from", "2025-04-01").param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-05-05"));
        mvc.perform(get("/api/v1/calendar/working-days/count").param("from", "2025-01-24").param("to", "2025-02-03"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.from").value("2025-01-24"))
                .andExpect(jsonPath("$.to").value("2025-02-03"))
                .andExpect(jsonPath("$.workingDays").value(1));
        mvc.perform(get("/api/v1/calendar/lunar").param("date", "2025-01-29"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-01-29"))
                .andExpect(jsonPath("$.lunar.year").value(2025))
                .andExpect(jsonPath("$.lunar.month").value(1))
                .andExpect(jsonPath("$.lunar.day").value(1))
                .andExpect(jsonPath("$.lunar.leapMonth").value(false));
        mvc.perform(get("/api/v1/calendar/solar").param("year", "2025").param("month", "3").param("day", "10")
                        .param("leapMonth", "false"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.date").value("2025-04-07"))
                .andExpect(jsonPath("$.lunar.month").value(3));
    }

    @Test
    void badInputIs400NamingTheParameter() throws Exception {
        expect400(get("/api/v1/calendar/working-days/add").param("from", "2025-13-01").param("days", "1"), "from");
        expect400(get("/api/v1/calendar/working-days/add").param("from", "2025-01-01").param("days", "3651"), "days");
        expect400(get("/api/v1/calendar/working-days/add").param("from", "2025-01-01").param("days", "-1"), "days");
        expect400(get("/api/v1/calendar/working-days/add").param("from", "2025-01-01"), "days");
        expect400(get("/api/v1/calendar/calendar-days/add").param("from", "2025-01-01").param("days", "x"), "days");
        expect400(get("/api/v1/calendar/calendar-days/add").param("from", "2100-06-01").param("days", "3000"), "days");
        expect400(get("/api/v1/calendar/working-days/count").param("from", "2025-02-01").param("to", "2025-01-01"), "to");
        expect400(get("/api/v1/calendar/lunar").param("date", "1800-01-01"), "date");
        expect400(get("/api/v1/calendar/solar").param("year", "2024").param("month", "4").param("day", "1")
                .param("leapMonth", "true"), "leapMonth");
        expect400(get("/api/v1/calendar/solar").param("year", "2025").param("month", "1").param("day", "31"), "day");
        expect400(get("/api/v1/calendar/solar").param("year", "2025").param("month", "0").param("day", "1"), "month");
    }

    private void expect400(org.springframework.test.web.servlet.RequestBuilder request, String field) throws Exception {
        mvc.perform(request)
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value(field))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void deadlineRulesApi() throws Exception {
        mvc.perform(get("/api/v1/deadline-rules").param("on", "2025-03-05"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("COMPLAINT_RESOLVE_R1")))
                .andExpect(jsonPath("$[*].code", hasItem("DIALOGUE_ANSWER")))
                .andExpect(jsonPath("$[?(@.code == 'DENUNCIATION_CHECK' && @.variant == 'NORMAL')].duration", is(List.of(7))));
        mvc.perform(get("/api/v1/deadline-rules").param("on", "2018-06-01"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'DENUNCIATION_CHECK' && @.variant == 'NORMAL')].duration", is(List.of(10))));
        mvc.perform(get("/api/v1/deadline-rules")).andExpect(status().isOk());
        mvc.perform(get("/api/v1/deadline-rules").param("on", "hôm qua")).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("on"));
    }

    @Test
    void pageAndCalculatorRenderWithoutLogin() throws Exception {
        mvc.perform(get("/calendar/2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Lịch làm việc năm 2025")))
                .andExpect(content().string(containsString("29/01/2025")))
                .andExpect(content().string(containsString("Làm bù cho thứ Sáu 02/05/2025")))
                .andExpect(content().string(containsString("id=\"deadline-calculator\"")))
                .andExpect(content().string(containsString("hx-get=\"/calendar/calculate\"")))
                .andExpect(content().string(not(containsString("Dự kiến</span>"))));
        mvc.perform(get("/calendar/2044")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Dự kiến")));
        mvc.perform(get("/calendar")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/calendar/calculate").header("HX-Request", "true")
                        .param("from", "20/01/2025").param("days", "10").param("unit", "WORKING_DAY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hạn: 10/02/2025")))
                .andExpect(content().string(not(containsString("<html"))));
        mvc.perform(get("/calendar/calculate").param("from", "05/03/2025").param("rule", "COMPLAINT_RESOLVE_R1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(
                        "30 ngày kể từ ngày thụ lý 05/03/2025 (Điều 28 Luật Khiếu nại 2011): hạn 04/04/2025")));
        mvc.perform(get("/calendar/calculate").param("from", "ngày mai").param("days", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày không hợp lệ")));
    }

    @Test
    void loggedInUserSeesTheNavItem() throws Exception {
        mvc.perform(get("/calendar/2026").with(user(org.tiepdan.DemoUsers.VIEWER).roles("VIEWER")))
                .andExpect(status().isOk());
    }

    @Test
    void adminEditsAYearAndTheCacheFollows() throws Exception {
        var admin = user(users.loadUserByUsername(org.tiepdan.DemoUsers.ADMIN));
        LocalDate day = LocalDate.of(2095, 3, 15);   // a Tuesday of a computed year
        assertThat(calendar.isWorkingDay(day)).isTrue();
        mvc.perform(get("/admin/calendar").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("2025")));
        mvc.perform(post("/admin/calendar/2095/days").with(admin).with(csrf())
                        .param("date", "15/03/2095").param("kind", "DAY_OFF").param("name", "Nghỉ thử")
                        .param("source", "Công văn thử 1/2095"))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(day)).isFalse();
        YearSchedule y = calendar.year(2095);
        assertThat(y.announced()).isTrue();
        assertThat(y.provisional()).isTrue();
        // The computed holidays were kept when the year became announced.
        assertThat(calendar.isWorkingDay(LocalDate.of(2095, 9, 2).getDayOfWeek().getValue() <= 5
                ? LocalDate.of(2095, 9, 2) : LocalDate.of(2095, 5, 1))).isFalse();
        mvc.perform(get("/admin/calendar/2095").with(admin)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nghỉ thử")));
        mvc.perform(post("/admin/calendar/2095/confirm").with(admin).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(calendar.year(2095).provisional()).isFalse();
        mvc.perform(post("/admin/calendar/2095/days/2095-03-15/delete").with(admin).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(day)).isTrue();
        // A make-up day must be a weekend day.
        mvc.perform(post("/admin/calendar/2095/days").with(admin).with(csrf())
                        .param("date", "16/03/2095").param("kind", "MAKEUP_WORKDAY").param("name", "Lam bu thu 2095"))
                // The year's page again (issue 23): the message on the form, what was typed kept.
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("thứ Bảy hoặc Chủ nhật")))
                .andExpect(content().string(containsString("value=\"Lam bu thu 2095\"")))
                .andExpect(content().string(containsString("value=\"16/03/2095\"")));
        mvc.perform(post("/admin/calendar/2095/days").with(admin).with(csrf())
                        .param("date", "31/02/2095").param("kind", "DAY_OFF").param("name", "Ngày sai"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"day-date-error\"")))
                .andExpect(content().string(containsString("value=\"31/02/2095\"")));
        // Non-admins cannot.
        mvc.perform(post("/admin/calendar/2095/confirm").with(user("xem").roles("VIEWER")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void adminImportsACsv() throws Exception {
        String csv = "date,kind,name,source,confidence,note\n"
                + "2096-01-01,HOLIDAY,Tết Dương lịch,Thông báo thử 1/2096,confirmed,\n"
                + "2096-01-02,DAY_OFF,Nghỉ hoán đổi,Thông báo thử 1/2096,unsure,\n"
                + "2096-01-07,MAKEUP_WORKDAY,Làm bù,Thông báo thử 1/2096,confirmed,\n";
        mvc.perform(multipart("/admin/calendar/import")
                        .file(new MockMultipartFile("file", "days.csv", "text/csv", csv.getBytes("UTF-8")))
                        .with(user(users.loadUserByUsername(org.tiepdan.DemoUsers.ADMIN))).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(calendar.isWorkingDay(LocalDate.of(2096, 1, 2))).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2096, 1, 7))).isTrue();
        assertThat(calendar.year(2096).announced()).isTrue();
        assertThat(calendar.year(2096).provisional()).isTrue();
        mvc.perform(multipart("/admin/calendar/import")
                        .file(new MockMultipartFile("file", "bad.csv", "text/csv", "a,b\n1,2\n".getBytes("UTF-8")))
                        .with(user(users.loadUserByUsername(org.tiepdan.DemoUsers.ADMIN))).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash()
                        .attribute("errorMessage", containsString("tiêu đề")));
    }
}
