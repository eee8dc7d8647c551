package org.tiepdan.plan.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.plan.WorkPlans;

/** The JSON API of recommendations and plan tasks: the same rules as the screens, as problem details. */
@FullStackTest
class OversightAndPlanApiTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    OrgUnits units;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    WorkPlans plans;
    @Autowired
    PlanService service;

    ResultActions postJson(String user, String url, String json) throws Exception {
        return mvc.perform(post(url).with(httpBasic(user, DemoUsers.PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content(json));
    }

    @Test
    void anInspectionItsRecommendationAndItsCompletionThroughTheApi() throws Exception {
        long province = units.findAreaByCode("42").orElseThrow().id();
        long unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "PROVINCE", "Ủy ban Kiểm tra API", province);
        long body = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã API", unit);
        postJson(DemoUsers.INSPECTOR, "/api/v1/inspections", """
                {"unitId": %d, "kind": "CHECK", "mode": "PLANNED", "topic": "QĐ 11", "title": "Kiểm tra qua API",
                 "startedOn": "2025-03-10", "endedOn": "2025-03-01", "bodies": [%d], "heads": []}""".formatted(unit, body))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("inspection-dates-order"))
                .andExpect(jsonPath("$.errors[0].field").value("endedOn"));
        String created = postJson(DemoUsers.INSPECTOR, "/api/v1/inspections", """
                {"unitId": %d, "kind": "CHECK", "mode": "PLANNED", "topic": "QĐ 11", "title": "Kiểm tra qua API",
                 "startedOn": "2025-03-10", "endedOn": "2025-03-12", "bodies": [%d],
                 "heads": [{"fullName": "Ngô Văn API", "title": "Bí thư", "unitId": %d}]}""".formatted(unit, body, body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long inspection = Long.parseLong(created.replaceAll("\\D", ""));
        postJson(DemoUsers.REPORTER, "/api/v1/inspections/" + inspection + "/recommendations",
                "{\"assigneeUnitId\": %d, \"content\": \"x\", \"dueOn\": \"2025-06-30\"}".formatted(body))
                .andExpect(status().isForbidden());
        String rec = postJson(DemoUsers.INSPECTOR, "/api/v1/inspections/" + inspection + "/recommendations",
                "{\"assigneeUnitId\": %d, \"content\": \"Tổ chức bù\", \"dueOn\": \"2025-06-30\"}".formatted(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(rec.replaceAll("\\D", ""));
        mvc.perform(get("/api/v1/recommendations").param("unit", String.valueOf(unit)).param("overdue", "true")
                .with(httpBasic(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$[0].id").value(id))
                .andExpect(jsonPath("$[0].state").value("OVERDUE"));
        postJson(DemoUsers.INSPECTOR, "/api/v1/recommendations/" + id + "/complete",
                "{\"version\": 0, \"result\": \" \", \"doneOn\": \"2025-07-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("recommendation-result-required"));
        postJson(DemoUsers.INSPECTOR, "/api/v1/recommendations/" + id + "/complete",
                "{\"version\": 0, \"result\": \"Đã tổ chức bù\", \"doneOn\": \"2025-07-01\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("DONE"))
                .andExpect(jsonPath("$.doneLate").value(true));
        postJson(DemoUsers.INSPECTOR, "/api/v1/recommendations/" + id + "/complete",
                "{\"version\": 1, \"result\": \"Lần nữa\", \"doneOn\": \"2025-07-01\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("recommendation-transition-invalid"));
        mvc.perform(get("/api/v1/inspections/" + inspection).with(httpBasic(DemoUsers.INSPECTOR, DemoUsers.PASSWORD)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.heads[0].fullName").value("Ngô Văn API"))
                .andExpect(jsonPath("$.recommendations[0].state").value("DONE"));
    }

    @Test
    void theDemoPlanIsReadAndItsTasksStepThroughTheApi() throws Exception {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        mvc.perform(get("/api/v1/plans").param("unit", String.valueOf(commune))
                .with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.year == 2026)].numberSymbol", Matchers.hasItem(Matchers.endsWith("/KH-UBND"))));
        mvc.perform(get("/api/v1/plans/overdue-tasks").param("unit", String.valueOf(commune))
                .with(httpBasic(DemoUsers.VIEWER, DemoUsers.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].title", Matchers.hasItem(
                        "Tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân")));

        long ubnd = units.children(commune).stream()
                .filter(u -> u.kind() == org.tiepdan.org.OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElseThrow().id();
        // Other modules are offered the open tasks of the issued plan, to link what fulfils them.
        var open = plans.openTasks(ubnd, 2026);
        org.assertj.core.api.Assertions.assertThat(open).extracting(WorkPlans.OpenTask::taskTitle)
                .contains("Tổ chức hội nghị đối thoại trực tiếp giữa Chủ tịch UBND xã với nhân dân")
                .doesNotContain("Kiểm tra việc thực hiện Quy định số 11-QĐi/TW");
        long unit = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "Ủy ban nhân dân xã API", commune);
        WorkPlan own = service.create(unit, 2026, null);
        service.issue(own.id(), service.find(own.id()).version(), java.time.LocalDate.of(2026, 1, 12), "Trần Văn Hải");
        long task = service.find(own.id()).tasks().get(0).id();
        long version = service.task(task).version();
        postJson(DemoUsers.REPORTER, "/api/v1/plan-tasks/" + task + "/progress",
                "{\"action\": \"FINISH\", \"version\": %d}".formatted(version))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("plan-task-action-invalid"));
        postJson(DemoUsers.REPORTER, "/api/v1/plan-tasks/" + task + "/progress",
                "{\"action\": \"NOTE\", \"version\": %d, \"result\": \"x\"}".formatted(version))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("plan-task-transition-invalid"));
        postJson(DemoUsers.REPORTER, "/api/v1/plan-tasks/" + task + "/progress",
                "{\"action\": \"START\", \"version\": %d}".formatted(version))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("IN_PROGRESS"));
        postJson(DemoUsers.VIEWER, "/api/v1/plan-tasks/" + task + "/links",
                "{\"kind\": \"REPORT\", \"refId\": 1, \"label\": \"Báo cáo\"}").andExpect(status().isForbidden());
        postJson(DemoUsers.REPORTER, "/api/v1/plan-tasks/" + task + "/links",
                "{\"kind\": \"REPORT\", \"refId\": 1, \"label\": \"Báo cáo sơ kết\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.links[?(@.kind == 'REPORT')].label",
                        Matchers.hasItem("Báo cáo sơ kết")));
    }
}
