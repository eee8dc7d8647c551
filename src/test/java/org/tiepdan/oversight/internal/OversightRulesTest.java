package org.tiepdan.oversight.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.RecommendationState;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.platform.DomainException;

/** Rules of the oversight aggregates: recommendation states on fixed days, violation discipline, inspection dates. */
class OversightRulesTest {

    static final LocalDate CONCLUDED = LocalDate.of(2026, 3, 31);
    static final LocalDate DUE = LocalDate.of(2026, 6, 30);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static Recommendation open() {
        return new Recommendation(1L, 2L, "Bố trí lịch tiếp công dân", Recommendation.DueBasis.CONCLUSION, null, DUE,
                CONCLUDED);
    }

    static void assertRule(Runnable r, DomainException.Kind kind, String code, String field) {
        assertThatThrownBy(r::run).isInstanceOf(DomainException.class).satisfies(e -> {
            DomainException d = (DomainException) e;
            assertThat(d.kind()).isEqualTo(kind);
            assertThat(d.code()).isEqualTo(code);
            assertThat(d.field()).isEqualTo(field);
        });
    }

    @Test
    void aRecommendationIsOpenUntilItsDueDateThenOverdueUntilDone() {
        Recommendation r = open();
        assertThat(r.state(CONCLUDED)).isEqualTo(RecommendationState.OPEN);
        assertThat(r.state(DUE)).as("due today is not yet late").isEqualTo(RecommendationState.OPEN);
        assertThat(r.state(DUE.plusDays(1))).isEqualTo(RecommendationState.OVERDUE);

        r.complete("Đã bố trí lịch mỗi tuần 01 ngày", null, LocalDate.of(2026, 7, 10), TODAY);
        assertThat(r.state(TODAY)).isEqualTo(RecommendationState.DONE);
        assertThat(r.doneLate()).isTrue();
        assertThat(r.status()).isEqualTo(Recommendation.Status.DONE);
    }

    @Test
    void onlyAnOpenOneIsCompletedAndOnlyADoneOneReopened() {
        Recommendation r = open();
        assertRule(() -> r.reopen("Chưa làm"), DomainException.Kind.CONFLICT, "recommendation-transition-invalid", null);
        r.complete(null, 77L, LocalDate.of(2026, 5, 5), TODAY);
        assertThat(r.doneLate()).isFalse();
        assertThat(r.resultDocumentId()).isEqualTo(77L);
        assertRule(() -> r.complete("Lần nữa", null, TODAY, TODAY), DomainException.Kind.CONFLICT,
                "recommendation-transition-invalid", null);
        assertRule(() -> r.reopen(" "), DomainException.Kind.INVALID, "recommendation-reopen-reason-required", "reason");
        r.reopen("Kiểm tra lại thấy chưa tổ chức bù các buổi còn thiếu");
        assertThat(r.status()).isEqualTo(Recommendation.Status.OPEN);
        assertThat(r.doneOn()).isNull();
        assertThat(r.resultDocumentId()).isNull();
        assertThat(r.state(TODAY)).isEqualTo(RecommendationState.OVERDUE);
    }

    @Test
    void completingNeedsWhatWasDoneAndADayNotInTheFuture() {
        Recommendation r = open();
        assertRule(() -> r.complete(" ", null, TODAY, TODAY), DomainException.Kind.INVALID,
                "recommendation-result-required", "result");
        assertRule(() -> r.complete("Xong", null, null, TODAY), DomainException.Kind.INVALID,
                "recommendation-done-date-required", "doneOn");
        assertRule(() -> r.complete("Xong", null, TODAY.plusDays(1), TODAY), DomainException.Kind.INVALID,
                "recommendation-done-future", "doneOn");
        assertThat(r.status()).isEqualTo(Recommendation.Status.OPEN);
    }

    @Test
    void aRecommendationIsDueNoEarlierThanItsConclusionAndARuleBasisNamesTheRule() {
        assertRule(() -> new Recommendation(1L, 2L, "Nội dung", Recommendation.DueBasis.CONCLUSION, null,
                CONCLUDED.minusDays(1), CONCLUDED), DomainException.Kind.INVALID, "recommendation-due-before-conclusion",
                "dueOn");
        assertRule(() -> new Recommendation(1L, 2L, "Nội dung", Recommendation.DueBasis.CONCLUSION, null, null,
                CONCLUDED), DomainException.Kind.INVALID, "recommendation-due-required", "dueOn");
        assertRule(() -> new Recommendation(1L, null, "Nội dung", Recommendation.DueBasis.CONCLUSION, null, DUE,
                CONCLUDED), DomainException.Kind.INVALID, "recommendation-assignee-required", "assigneeUnitId");
        assertRule(() -> new Recommendation(1L, 2L, "Nội dung", Recommendation.DueBasis.RULE, null, DUE, CONCLUDED),
                DomainException.Kind.INVALID, "recommendation-rule-required", "ruleCode");
        Recommendation byRule = new Recommendation(1L, 2L, "Nội dung", Recommendation.DueBasis.RULE, "DIALOGUE_ANSWER",
                DUE, CONCLUDED);
        assertThat(byRule.ruleCode()).isEqualTo("DIALOGUE_ANSWER");
        Recommendation byConclusion = new Recommendation(1L, 2L, "Nội dung", Recommendation.DueBasis.CONCLUSION,
                "DIALOGUE_ANSWER", DUE, CONCLUDED);
        assertThat(byConclusion.ruleCode()).as("a date from the conclusion names no rule").isNull();
    }

    static Inspection inspection() {
        Inspection i = new Inspection(1L, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED, "QĐ 11",
                "Kiểm tra", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 20), List.of(2L), null, null, null),
                List.of(new InspectionDetails.HeadRow(null, "Trần Văn Hải", "Chủ tịch UBND xã", 2L)));
        ReflectionTestUtils.setField(i, "id", 1L);
        ReflectionTestUtils.setField(i.heads().get(0), "id", 10L);
        return i;
    }

    static Violation.Data violation(ViolationSeverity severity, String form, LocalDate on) {
        return new Violation.Data(10L, HeadRole.PC_CHAIRMAN, "Chưa tiếp công dân định kỳ", severity, form, null, on);
    }

    @Test
    void onlyAViolationToTheLevelOfDisciplineCarriesADisciplineDatedAfterTheInspection() {
        Inspection i = inspection();
        Violation ok = new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Khiển trách",
                LocalDate.of(2026, 4, 15)), TODAY);
        // A list, not free text: the Vietnamese name is taken as the Party's form (both lists carry it).
        assertThat(ok.disciplineForm()).isEqualTo("PARTY_REPRIMAND");
        assertThat(new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Hạ bậc lương", null), TODAY)
                .disciplineForm()).isEqualTo("STATE_SALARY_DOWNGRADE");
        assertThat(new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Khiển trách (chính quyền)", null),
                TODAY).disciplineForm()).isEqualTo("STATE_REPRIMAND");
        assertThat(new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "PARTY_EXPULSION", null), TODAY)
                .disciplineForm()).isEqualTo("PARTY_EXPULSION");
        assertRule(() -> new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Phê bình", null), TODAY),
                DomainException.Kind.INVALID, "violation-discipline-form-unknown", "disciplineForm");
        assertRule(() -> new Violation(i, new Violation.Data(10L, null, "x", ViolationSeverity.NOT_TO_DISCIPLINE, null,
                null, null), TODAY), DomainException.Kind.INVALID, "violation-head-role-required", "headRole");
        new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, null, null), TODAY);
        new Violation(i, violation(ViolationSeverity.NOT_TO_DISCIPLINE, null, null), TODAY);

        assertRule(() -> new Violation(i, violation(ViolationSeverity.NOT_TO_DISCIPLINE, "Khiển trách", null), TODAY),
                DomainException.Kind.INVALID, "violation-discipline-not-applicable", "disciplineForm");
        assertRule(() -> new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, null, LocalDate.of(2026, 4, 15)),
                TODAY), DomainException.Kind.INVALID, "violation-discipline-form-required", "disciplineForm");
        assertRule(() -> new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Cảnh cáo",
                LocalDate.of(2026, 3, 15)), TODAY), DomainException.Kind.INVALID,
                "violation-discipline-before-inspection", "disciplinedOn");
        assertRule(() -> new Violation(i, violation(ViolationSeverity.TO_DISCIPLINE, "Cảnh cáo", TODAY.plusDays(1)),
                TODAY), DomainException.Kind.INVALID, "violation-discipline-future", "disciplinedOn");
        assertRule(() -> new Violation(i, new Violation.Data(99L, HeadRole.OTHER, "x", ViolationSeverity.TO_DISCIPLINE, null, null,
                null), TODAY), DomainException.Kind.INVALID, "violation-head-unknown", "headId");
    }

    @Test
    void anInspectionEndsNoEarlierThanItStartsNamesABodyAndKeepsHeadsWithViolations() {
        assertRule(() -> new Inspection(1L, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED, null,
                "Kiểm tra", LocalDate.of(2026, 3, 16), LocalDate.of(2026, 3, 15), List.of(2L), null, null, null),
                List.of()), DomainException.Kind.INVALID, "inspection-dates-order", "endedOn");
        assertRule(() -> new Inspection(1L, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED, null,
                "Kiểm tra", LocalDate.of(2026, 3, 16), null, List.of(), null, null, null), List.of()),
                DomainException.Kind.INVALID, "inspection-body-required", "bodies");
        assertRule(() -> new Inspection(1L, new InspectionDetails(InspectionKind.CHECK, InspectionMode.PLANNED, null,
                " ", LocalDate.of(2026, 3, 16), null, List.of(2L), null, null, null), List.of()),
                DomainException.Kind.INVALID, "inspection-title-required", "title");

        Inspection i = inspection();
        assertRule(() -> i.reviseHeads(List.of(), Set.of(10L)), DomainException.Kind.INVALID,
                "inspection-head-has-violations", "heads");
        i.reviseHeads(List.of(new InspectionDetails.HeadRow(10L, "Trần Văn Hải", "Chủ tịch", 2L),
                new InspectionDetails.HeadRow(null, "Nguyễn Văn Bình", "Bí thư", 3L),
                new InspectionDetails.HeadRow(null, " ", null, null)), Set.of(10L));
        assertThat(i.heads()).extracting(InspectionHead::fullName).containsExactly("Trần Văn Hải", "Nguyễn Văn Bình");
        assertThat(i.heads().get(0).title()).isEqualTo("Chủ tịch");
        i.reviseHeads(List.of(new InspectionDetails.HeadRow(10L, "Trần Văn Hải", "Chủ tịch", 2L)), Set.of(10L));
        assertThat(i.heads()).hasSize(1);
    }
}
