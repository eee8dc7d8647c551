package org.tiepdan.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.tiepdan.DemoUsers;
import org.tiepdan.FullStackTest;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.document.TestUnits;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.RecommendationState;
import org.tiepdan.platform.DomainException;

/**
 * Recommendations tracked to completion: due dates from the conclusion or computed from a rule of
 * the calendar module, overdue on fixed days, completion through the screen, the overdue list.
 */
@FullStackTest
class RecommendationTrackingTest {

    static final LocalDate CONCLUDED = LocalDate.of(2025, 3, 31);

    @Autowired
    InspectionService inspections;
    @Autowired
    RecommendationService recommendations;
    @Autowired
    OversightViews views;
    @Autowired
    IssuedDocuments documents;
    @Autowired
    DeadlineRules rules;
    @Autowired
    OrgUnits units;
    @Autowired
    OrgUnitHierarchy hierarchy;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    record Fixture(long unit, long assignee, Inspection concluded, Inspection open) {
    }

    Fixture fixture() {
        long province = units.findAreaByCode("42").orElseThrow().id();
        long unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "PROVINCE", "Ủy ban Kiểm tra Kiến nghị", province);
        long assignee = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "Ủy ban nhân dân xã Được Kiến nghị", unit);
        long conclusion = documents.issue(new IssueCommand(unit, "TB", "Thông báo kết luận kiểm tra", CONCLUDED, null,
                Set.of())).id();
        Inspection concluded = inspections.create(unit, new InspectionDetails(InspectionKind.CHECK,
                InspectionMode.PLANNED, "QĐ 11", "Kiểm tra có kết luận", LocalDate.of(2025, 3, 10),
                LocalDate.of(2025, 3, 14), List.of(assignee), null, conclusion, null), List.of());
        Inspection open = inspections.create(unit, new InspectionDetails(InspectionKind.SUPERVISION,
                InspectionMode.AD_HOC, "QĐ 11", "Giám sát chưa kết luận", LocalDate.of(2025, 5, 10), null,
                List.of(assignee), null, null, null), List.of());
        return new Fixture(unit, assignee, concluded, open);
    }

    @Test
    void dueDatesComeFromTheConclusionOrARuleAndOverdueIsComputedOnFixedDays() {
        Fixture f = fixture();
        long byConclusion = recommendations.add(f.concluded().id(), new RecommendationService.Data(f.assignee(),
                "Bố trí lịch tiếp công dân", Recommendation.DueBasis.CONCLUSION, null, LocalDate.of(2025, 6, 30)));
        long byRule = recommendations.add(f.concluded().id(), new RecommendationService.Data(f.assignee(),
                "Trả lời bằng văn bản kiến nghị của công dân", Recommendation.DueBasis.RULE, "DIALOGUE_ANSWER", null));
        LocalDate ruleDue = rules.compute("DIALOGUE_ANSWER", DeadlineVariant.NORMAL, CONCLUDED, f.assignee()).due();
        assertThat(recommendations.find(byRule).dueOn()).isEqualTo(ruleDue);
        assertThat(ruleDue).as("30 working days after 31/03/2025, past the 30/4 and 1/5 holidays")
                .isAfter(CONCLUDED.plusDays(42));

        assertThatThrownBy(() -> recommendations.add(f.open().id(), new RecommendationService.Data(f.assignee(),
                "Nội dung", Recommendation.DueBasis.RULE, "DIALOGUE_ANSWER", null)))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("recommendation-conclusion-required"));
        assertThatThrownBy(() -> recommendations.add(f.concluded().id(), new RecommendationService.Data(f.assignee(),
                "Nội dung", Recommendation.DueBasis.RULE, "COMPLAINT_RESOLVE_R1", null)))
                .as("a rule not counted from a conclusion notice")
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo("recommendation-rule-required"));

        List<Long> scope = hierarchy.subtreeWithPredecessors(f.unit());
        assertThat(recommendations.overdue(scope, ruleDue)).isEmpty();
        assertThat(recommendations.overdue(scope, ruleDue.plusDays(1))).extracting(Recommendation::id)
                .containsExactly(byRule);
        assertThat(recommendations.overdue(scope, LocalDate.of(2025, 7, 1))).extracting(Recommendation::id)
                .containsExactly(byRule, byConclusion);

        recommendations.complete(byRule, 0, "Đã trả lời 07 kiến nghị", null, ruleDue.minusDays(1));
        assertThat(recommendations.overdue(scope, LocalDate.of(2025, 7, 1))).extracting(Recommendation::id)
                .containsExactly(byConclusion);
        assertThat(views.recommendations(scope, LocalDate.of(2025, 7, 1), false))
                .extracting(OversightViews.RecommendationView::id, OversightViews.RecommendationView::state)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(byRule, RecommendationState.DONE),
                        org.assertj.core.groups.Tuple.tuple(byConclusion, RecommendationState.OVERDUE));
        // The assignee's own view includes what is owed to others: it reaches the recommendation too.
        assertThat(recommendations.overdue(List.of(f.assignee()), LocalDate.of(2025, 7, 1))).hasSize(1);
    }

    @Test
    void aRecommendationIsMadeCompletedAndReopenedThroughTheScreensWithMessagesBesideTheFields() throws Exception {
        Fixture f = fixture();
        var inspector = user(users.loadUserByUsername(DemoUsers.INSPECTOR));
        String early = mvc.perform(post("/inspections/{id}/recommendations/new", f.concluded().id()).with(csrf())
                .with(inspector).param("assigneeUnitId", String.valueOf(f.assignee())).param("content", "Tổ chức bù")
                .param("basis", "CONCLUSION").param("dueOn", "15/03/2025")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(early).containsPattern("id=\"dueOn-error\"[^>]*>Hạn thực hiện không được trước ngày kết luận \\(31/03/2025\\)");
        mvc.perform(post("/inspections/{id}/recommendations/new", f.concluded().id()).with(csrf()).with(inspector)
                .param("assigneeUnitId", String.valueOf(f.assignee())).param("content", "Tổ chức bù các buổi tiếp dân")
                .param("basis", "CONCLUSION").param("dueOn", "30/06/2025")).andExpect(status().is3xxRedirection());
        long id = recommendations.ofInspection(f.concluded().id()).get(0).id();

        String overdueList = mvc.perform(get("/recommendations").param("unit", String.valueOf(f.unit()))
                .param("overdue", "true").with(inspector)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
        assertThat(overdueList).contains("Tổ chức bù các buổi tiếp dân").contains("data-state=\"OVERDUE\"");

        String missing = mvc.perform(post("/recommendations/{id}/complete", id).with(csrf()).with(inspector)
                .param("version", "0").param("doneOn", "10/07/2025")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(missing).containsPattern("id=\"result-error\"[^>]*>Vui lòng nhập kết quả thực hiện");
        mvc.perform(post("/recommendations/{id}/complete", id).with(csrf()).with(inspector).param("version", "0")
                .param("result", "Đã tổ chức bù 02 buổi").param("doneOn", "10/07/2025"))
                .andExpect(status().is3xxRedirection());
        assertThat(recommendations.find(id).status()).isEqualTo(Recommendation.Status.DONE);
        String page = mvc.perform(get("/inspections/{id}", f.concluded().id()).with(inspector))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Đã tổ chức bù 02 buổi").contains("Hoàn thành quá hạn");
        assertThat(mvc.perform(get("/recommendations").param("unit", String.valueOf(f.unit())).param("overdue", "true")
                .with(inspector)).andReturn().getResponse().getContentAsString()).doesNotContain("Tổ chức bù các buổi");

        mvc.perform(post("/recommendations/{id}/reopen", id).with(csrf()).with(user(users.loadUserByUsername(
                DemoUsers.VIEWER))).param("version", "1").param("reason", "x")).andExpect(status().isForbidden());
        mvc.perform(post("/recommendations/{id}/reopen", id).with(csrf()).with(inspector).param("version", "1")
                .param("reason", "Chưa tổ chức bù đủ")).andExpect(status().is3xxRedirection());
        assertThat(recommendations.find(id).status()).isEqualTo(Recommendation.Status.OPEN);
    }
}
