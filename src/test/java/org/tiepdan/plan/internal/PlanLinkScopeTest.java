package org.tiepdan.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.Inspections;

/**
 * A plan task's lead and coordinating units, and its links, are references taken from a request.
 * A unit of another territory is refused like an unknown one; a body of the plan's own territory is
 * accepted. A plan task's links: an inspection or document of another
 * commune is refused like a missing one (its title, number and summary would otherwise be shown to
 * every reader of the plan), nothing is written; one of the plan's own subtree is linked.
 */
@FullStackTest
class PlanLinkScopeTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlanService service;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    Inspections inspections;

    Authentication as(Role role, long unitId) {
        TiepdanUser user = new TiepdanUser(95L, "pl-" + System.nanoTime(), "Cán bộ kế hoạch",
                List.of(new RoleGrantView(role, unitId)), "x", true, true);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    MockHttpServletResponse link(long task, Authentication who, String kind, long refId) throws Exception {
        return mvc.perform(post("/api/v1/plan-tasks/" + task + "/links").with(authentication(who)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\": \"%s\", \"refId\": %d}".formatted(kind, refId))).andReturn().getResponse();
    }

    @Test
    void linksToRecordsOfAnotherCommuneAreRefusedLikeMissingOnes() throws Exception {
        long mine = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Kế Hoạch", null);
        long other = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Bên Kia", null);
        long foreignDoc = documents.register(new DocumentEntry(other, "31/TB-UBND", "TB", null, "UBND xã",
                "Thông báo bí mật của xã bên kia", "10/03/2025", null, Set.of())).id();
        long ownDoc = documents.register(new DocumentEntry(mine, "32/TB-UBND", "TB", null, "UBND xã",
                "Thông báo kết quả tiếp công dân", "11/03/2025", null, Set.of())).id();
        long foreignInspection = inspections.create(new Inspections.NewInspection(other, InspectionKind.CHECK,
                InspectionMode.PLANNED, "QĐ 11", "Kiểm tra nội bộ xã bên kia", java.time.LocalDate.of(2025, 3, 1),
                java.time.LocalDate.of(2025, 3, 5), List.of(other), List.of(), null, null));
        WorkPlan plan = service.create(mine, 2026, null);
        service.issue(plan.id(), service.find(plan.id()).version(), java.time.LocalDate.of(2026, 1, 12), "Trần Văn Hải");
        long task = service.find(plan.id()).tasks().get(0).id();
        Authentication reporter = as(Role.REPORTER, mine);
        Authentication provincial = as(Role.REPORTER, other);

        for (String[] ref : List.of(new String[] {"ISSUED_DOCUMENT", String.valueOf(foreignDoc)},
                new String[] {"INSPECTION", String.valueOf(foreignInspection)},
                new String[] {"ISSUED_DOCUMENT", String.valueOf(Long.MAX_VALUE)})) {
            MockHttpServletResponse r = link(task, reporter, ref[0], Long.parseLong(ref[1]));
            assertThat(r.getStatus()).as(ref[0] + ref[1]).isEqualTo(400);
            assertThat(r.getContentAsString(StandardCharsets.UTF_8)).contains("plan-link-not-found")
                    .doesNotContain("bí mật").doesNotContain("bên kia");
        }
        assertThat(jdbc.sql("select count(*) from plan_task_link where task_id = ?").param(task).query(Integer.class)
                .single()).isZero();
        MockHttpServletResponse ok = link(task, reporter, "ISSUED_DOCUMENT", ownDoc);
        assertThat(ok.getStatus()).isEqualTo(200);
        assertThat(ok.getContentAsString(StandardCharsets.UTF_8)).contains("32/TB-UBND");
        // someone of the other commune may read their own document, but the task is not theirs to link to
        assertThat(link(task, provincial, "ISSUED_DOCUMENT", foreignDoc).getStatus()).isEqualTo(403);
    }

    @Test
    void leadAndCoordinatingUnitsOfAnotherTerritoryAreRefusedLikeUnknownOnes() {
        long area = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Chủ Trì", null);
        long committee = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Chủ Trì", area);
        long front = TestUnits.create(jdbc, "FATHERLAND_FRONT", "COMMUNE", "MTTQ xã Chủ Trì", area);
        long elsewhere = TestUnits.create(jdbc, "ADMINISTRATIVE_AREA", "COMMUNE", "Xã Khác Địa Bàn", null);
        long foreign = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Khác Địa Bàn", elsewhere);
        WorkPlan plan = service.create(committee, 2026, null);
        int before = service.find(plan.id()).tasks().size();

        for (TaskData bad : List.of(task(foreign, List.of()), task(committee, List.of(foreign)),
                task(Long.MAX_VALUE, List.of()))) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> service.addTask(plan.id(), bad))
                    .isInstanceOf(org.tiepdan.platform.DomainException.class)
                    .extracting(e -> ((org.tiepdan.platform.DomainException) e).code())
                    .isEqualTo("plan-task-unit-unknown");
        }
        assertThat(service.find(plan.id()).tasks()).hasSize(before);
        long ok = service.addTask(plan.id(), task(front, List.of(committee)));
        assertThat(service.find(plan.id()).task(ok).leadUnitId()).isEqualTo(front);
    }

    private static TaskData task(Long lead, List<Long> coordinators) {
        return new TaskData("Tuyên truyền pháp luật về tiếp công dân", null, lead, coordinators, FrameKind.YEAR_ROUND,
                null, null, null);
    }
}
