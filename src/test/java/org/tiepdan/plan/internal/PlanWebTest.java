package org.tiepdan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnits;

/**
 * The plan screens: a plan from the template, tasks with their time frames checked beside the
 * fields, issuing by the head only, progress and links once issued, overdue tasks in the list and
 * on the landing page.
 */
@FullStackTest
class PlanWebTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanService plans;
    @Autowired
    org.tiepdan.oversight.Inspections inspections;

    RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    static String errorBeside(String html, String field) {
        Matcher m = Pattern.compile("id=\"" + Pattern.quote(field) + "-error\"[^>]*>([^<]*)<").matcher(html);
        assertThat(m.find()).as("a message beside " + field).isTrue();
        return m.group(1).strip();
    }

    static MockHttpServletRequestBuilder task(long plan, String title, String frame, String from, String to,
            String quarter, long lead) {
        return post("/plans/{id}/tasks/new", plan).with(csrf()).param("title", title).param("frameKind", frame)
                .param("startsOn", from).param("endsOn", to).param("quarter", quarter)
                .param("leadUnitId", String.valueOf(lead));
    }

    long unit() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        return TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "Ủy ban nhân dân xã Màn Hình", commune);
    }

    long planOf(long unit) {
        return jdbc.sql("select id from work_plan where unit_id = ?").param(unit).query(Long.class).single();
    }

    long taskId(long plan, String title) {
        return jdbc.sql("select id from plan_task where plan_id = ? and title = ?").params(plan, title)
                .query(Long.class).single();
    }

    String page(String url, Object... vars) throws Exception {
        return mvc.perform(get(url, vars).with(as(DemoUsers.ADMIN))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
    }

    @Test
    void aPlanIsDraftedFromTheTemplateIssuedByTheHeadAndFollowedToTheEnd() throws Exception {
        long unit = unit();
        var reporter = as(DemoUsers.REPORTER);
        mvc.perform(post("/plans/new").with(csrf()).with(reporter).param("unitId", String.valueOf(unit))
                .param("year", "2026")).andExpect(status().is3xxRedirection());
        long plan = planOf(unit);
        assertThat(page("/plans/{id}", plan)).contains("Dự thảo").contains("Kế hoạch công tác tiếp công dân, giải quyết khiếu nại, tố cáo năm 2026")
                .contains("Tuyên truyền, phổ biến pháp luật về tiếp công dân");

        String backwards = mvc.perform(task(plan, "Đối thoại", "RANGE", "30/06/2026", "01/04/2026", "", unit)
                .with(reporter)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(backwards, "endsOn")).isEqualTo("Ngày kết thúc không được trước ngày bắt đầu.");
        String impossible = mvc.perform(task(plan, "Đối thoại", "RANGE", "31/02/2026", "30/06/2026", "", unit)
                .with(reporter)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(impossible, "startsOn")).isEqualTo("Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy.");
        String outside = mvc.perform(task(plan, "Đối thoại", "RANGE", "", "30/06/2025", "", unit).with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(outside, "endsOn")).isEqualTo("Thời gian thực hiện phải nằm trong năm kế hoạch 2026.");
        String noQuarter = mvc.perform(task(plan, "Rà soát", "QUARTER", "", "", "", unit).with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(noQuarter, "quarter")).isEqualTo("Vui lòng chọn quý (từ 1 đến 4).");
        mvc.perform(task(plan, "Báo cáo quý I", "RANGE", "", "31/01/2026", "", unit).with(reporter))
                .andExpect(status().is3xxRedirection());
        mvc.perform(task(plan, "Rà soát vụ việc tồn đọng", "QUARTER", "", "", "4", unit).with(reporter))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.find(plan).tasks()).hasSize(8);

        mvc.perform(get("/plans/{id}/issue", plan).with(reporter)).andExpect(status().isForbidden());
        String wrongYear = mvc.perform(post("/plans/{id}/issue", plan).with(csrf()).with(as(DemoUsers.ADMIN))
                .param("version", String.valueOf(plans.find(plan).version())).param("issuedOn", "12/01/2024")
                .param("signerName", "Trần Văn Hải")).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(errorBeside(wrongYear, "issuedOn")).contains("năm 2026");
        assertThat(plans.find(plan).state()).isEqualTo(PlanState.DRAFT);
        mvc.perform(post("/plans/{id}/issue", plan).with(csrf()).with(as(DemoUsers.ADMIN))
                .param("version", String.valueOf(plans.find(plan).version())).param("issuedOn", "12/01/2026")
                .param("signerName", "Trần Văn Hải")).andExpect(status().is3xxRedirection());
        assertThat(page("/plans/{id}", plan)).contains("Đã ban hành").contains("Số 01/KH-UBND, ngày 12/01/2026");

        String frozen = mvc.perform(task(plan, "Việc mới", "YEAR_ROUND", "", "", "", unit).with(reporter))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(frozen).contains("Kế hoạch đã ban hành: không sửa nội dung và nhiệm vụ được nữa.");
        assertThat(plans.find(plan).tasks()).hasSize(8);

        // Ended on 31/01/2026 and never started: overdue ever since.
        long report = taskId(plan, "Báo cáo quý I");
        assertThat(page("/plans/overdue?unit={u}", unit)).contains("Báo cáo quý I").doesNotContain("Rà soát vụ việc tồn đọng");
        String noResult = mvc.perform(post("/plan-tasks/{t}/complete", report).with(csrf()).with(reporter)
                .param("version", "0").param("doneOn", "15/01/2026")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(errorBeside(noResult, "result")).isEqualTo("Vui lòng nhập kết quả thực hiện.");
        mvc.perform(post("/plan-tasks/{t}/start", report).with(csrf()).with(reporter).param("version", "0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/plan-tasks/{t}/complete", report).with(csrf()).with(reporter).param("version", "1")
                .param("result", "Đã gửi báo cáo quý I").param("doneOn", "28/01/2026"))
                .andExpect(status().is3xxRedirection());
        assertThat(plans.task(report).status()).isEqualTo(TaskStatus.DONE);
        String again = mvc.perform(post("/plan-tasks/{t}/start", report).with(csrf()).with(reporter)
                .param("version", "2")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("Không thể thực hiện thao tác này với nhiệm vụ ở tiến độ hiện tại.");
        assertThat(page("/plans/overdue?unit={u}", unit)).doesNotContain("Báo cáo quý I");
        mvc.perform(post("/plan-tasks/{t}/start", report).with(csrf()).with(as(DemoUsers.VIEWER)).param("version", "2"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aTaskLinksToTheRecordsThatFulfilItCheckedWhereTheirModuleCan() throws Exception {
        long unit = unit();
        WorkPlan plan = plans.create(unit, 2026, null);
        plans.issue(plan.id(), plans.find(plan.id()).version(), java.time.LocalDate.of(2026, 1, 12), "Trần Văn Hải");
        long task = plans.find(plan.id()).tasks().get(0).id();
        var reporter = as(DemoUsers.REPORTER);
        String unknown = mvc.perform(post("/plan-tasks/{t}/links", task).with(csrf()).with(reporter).param("version", "0")
                .param("kind", "INSPECTION").param("refId", "987654321")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(errorBeside(unknown, "refId")).isEqualTo("Không tìm thấy hồ sơ có mã này.");
        // a record of another subtree is refused like a missing one (its title would show to every reader of the plan)
        long foreign = jdbc.sql("select id from inspection order by id limit 1").query(Long.class).single();
        String refused = mvc.perform(post("/plan-tasks/{t}/links", task).with(csrf()).with(reporter).param("version", "0")
                .param("kind", "INSPECTION").param("refId", String.valueOf(foreign))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(refused, "refId")).isEqualTo("Không tìm thấy hồ sơ có mã này.");
        String title = "Kiểm tra việc thực hiện Quy định 11 tại các thôn " + System.nanoTime();
        long inspection = inspections.create(new org.tiepdan.oversight.Inspections.NewInspection(unit,
                org.tiepdan.oversight.InspectionKind.CHECK, org.tiepdan.oversight.InspectionMode.PLANNED, "QĐ 11",
                title, java.time.LocalDate.of(2026, 2, 2), java.time.LocalDate.of(2026, 2, 6), java.util.List.of(unit),
                java.util.List.of(), null, null));
        mvc.perform(post("/plan-tasks/{t}/links", task).with(csrf()).with(reporter).param("version", "0")
                .param("kind", "INSPECTION").param("refId", String.valueOf(inspection)))
                .andExpect(status().is3xxRedirection());
        String unlabelled = mvc.perform(post("/plan-tasks/{t}/links", task).with(csrf()).with(reporter)
                .param("version", "0").param("kind", "DIALOGUE").param("refId", "5")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(errorBeside(unlabelled, "label")).isEqualTo("Vui lòng nhập tên hiển thị của hồ sơ.");
        mvc.perform(post("/plan-tasks/{t}/links", task).with(csrf()).with(reporter).param("version", "0")
                .param("kind", "DIALOGUE").param("refId", "5").param("label", "Hội nghị đối thoại quý II"))
                .andExpect(status().is3xxRedirection());
        String page = page("/plan-tasks/{t}", task);
        assertThat(page).contains(title).contains("href=\"/inspections/" + inspection + "\"")
                .contains("Hội nghị đối thoại quý II");
        assertThat(plans.task(task).links()).hasSize(2);
    }

    @Test
    void theLandingPageShowsOverduePlanTasksAndRecommendations() throws Exception {
        // The demo plan has tasks past their frame (second quarter, third quarter) and the demo inspection a
        // recommendation due on 30/06/2026, all still open.
        String home = mvc.perform(get("/").with(as(DemoUsers.HEAD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(count(home, "overdue-plan-tasks")).isGreaterThanOrEqualTo(2);
        assertThat(count(home, "overdue-recommendations")).isGreaterThanOrEqualTo(1);
        String list = mvc.perform(get("/plans/overdue").with(as(DemoUsers.HEAD))).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(list).contains("Tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân");
        String recommendations = mvc.perform(get("/recommendations").param("mine", "true").param("overdue", "true")
                .with(as(DemoUsers.HEAD))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(recommendations).contains("Bố trí lịch tiếp công dân của Chủ tịch UBND xã");
    }

    static long count(String html, String card) {
        Matcher m = Pattern.compile("id=\"card-" + card + "\"[\\s\\S]*?card-count\">(\\d+)<").matcher(html);
        assertThat(m.find()).as("card " + card).isTrue();
        return Long.parseLong(m.group(1));
    }
}
