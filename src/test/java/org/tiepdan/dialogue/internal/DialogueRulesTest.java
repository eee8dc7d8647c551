package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tiepdan.dialogue.internal.DialogueAction.*;
import static org.tiepdan.dialogue.internal.DialogueState.*;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.test.util.ReflectionTestUtils;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.platform.DomainException;

/** The dialogue's state machine and its rules, on the aggregate alone (no database, no calendar). */
class DialogueRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    static final LocalDate HELD_ON = LocalDate.of(2026, 8, 3);
    private final AtomicLong ids = new AtomicLong(100);
    private final AtomicLong numbers = new AtomicLong(1);

    /** Numbers documents like the register would, and counts how many numbers were used. */
    private final DocumentIssuer issuer = (kind, on, signer) ->
            new DocumentRef(kind, ids.incrementAndGet(), numbers.getAndIncrement() + "-" + kind.typeCode() + "/ĐU", on,
                    signer);

    static Dialogue.Plan plan(LocalDate on) {
        return new Dialogue.Plan(DialogueKind.PERIODIC, "Đất đai và an sinh xã hội", on, null, "Hội trường xã",
                List.of(new DialogueHost(1L, "Trần Văn Bình"), new DialogueHost(2L, null)),
                List.of("Thôn Tân Hòa", " Thôn Tân Hòa ", "Thôn Trường Sơn"), null, null);
    }

    static DialogueOpinion.NewOpinion citizen(OpinionStage stage, String name, String content) {
        return new DialogueOpinion.NewOpinion(stage, OpinionSource.CITIZEN, name, "Thôn Tân Hòa", OpinionField.LAND,
                content, null, false, null, null);
    }

    static Dialogue.Holding holding() {
        return new Dialogue.Holding(HELD_ON, null, "Trần Văn Bình", "Nguyễn Thị Thu", 12, 80);
    }

    static Due due(LocalDate start, int days) {
        return new Due(start.plusDays(days), "test");
    }

    /** A dialogue held, with three opinions (ids set as the database would). */
    private Dialogue held() {
        Dialogue d = new Dialogue(plan(HELD_ON), "tiepdan");
        record(d, citizen(OpinionStage.BEFORE, "Nguyễn Văn An", "Cấp giấy chứng nhận đất ở"));
        d.hold(holding(), TODAY, h -> due(h, 14));
        record(d, citizen(OpinionStage.AT, "Lê Thị Hoa", "Sửa đường liên thôn"));
        record(d, new DialogueOpinion.NewOpinion(OpinionStage.AT, OpinionSource.HAMLET, null, "Thôn Trường Sơn",
                OpinionField.SOCIAL_POLICY, "Hỗ trợ tiền điện hộ nghèo", null, true, "Đã có danh sách", "Chủ tịch"));
        return d;
    }

    private DialogueOpinion record(Dialogue d, DialogueOpinion.NewOpinion o) {
        DialogueOpinion opinion = d.recordOpinion(o, "tiepdan", TODAY);
        ReflectionTestUtils.setField(opinion, "id", ids.incrementAndGet());
        return opinion;
    }

    private Dialogue concluded() {
        Dialogue d = held();
        Map<Long, Dialogue.Route> routes = new LinkedHashMap<>();
        d.opinions().stream().filter(DialogueOpinion::needsAssignment).forEach(o -> routes.put(o.id(),
                new Dialogue.Route(2L, null)));
        d.conclude(new Dialogue.ConclusionNotice(HELD_ON.plusDays(7), "Kết luận", null, routes), TODAY,
                n -> due(n, 42), issuer);
        d.assignments().forEach(a -> ReflectionTestUtils.setField(a, "id", ids.incrementAndGet()));
        return d;
    }

    // --- the table ---------------------------------------------------------------------------------

    @Test
    void theTableAllowsExactlyTheseTransitions() {
        assertThat(Workflow.allowed(PLANNED)).containsExactlyInAnyOrder(EDIT_PLAN, RECORD_OPINION, TURN_INTO_PETITION,
                ISSUE_PLAN, ISSUE_NOTICE, ISSUE_INVITATION, ISSUE_SUMMARY, HOLD, CANCEL);
        assertThat(Workflow.allowed(HELD)).containsExactlyInAnyOrder(RECORD_OPINION, ANSWER_ON_SPOT,
                TURN_INTO_PETITION, ISSUE_RECORD, CONCLUDE);
        assertThat(Workflow.allowed(CONCLUDED)).containsExactlyInAnyOrder(ISSUE_RECORD, ANSWER, ESCALATE, CLOSE);
        assertThat(Workflow.allowed(CLOSED)).isEmpty();
        assertThat(Workflow.allowed(CANCELLED)).isEmpty();
        assertThat(Workflow.next(PLANNED, HOLD)).contains(HELD);
        assertThat(Workflow.next(PLANNED, CANCEL)).contains(CANCELLED);
        assertThat(Workflow.next(HELD, CONCLUDE)).contains(CONCLUDED);
        assertThat(Workflow.next(CONCLUDED, CLOSE)).contains(CLOSED);
        assertThat(Workflow.isFinal(CLOSED)).isTrue();
        assertThat(Workflow.isFinal(CANCELLED)).isTrue();
    }

    @ParameterizedTest
    @EnumSource(DialogueState.class)
    void everyActionOutsideTheTableIsRefused(DialogueState state) {
        Set<DialogueAction> forbidden = EnumSet.allOf(DialogueAction.class);
        forbidden.removeAll(Workflow.allowed(state));
        for (DialogueAction action : forbidden) {
            assertThat(Workflow.next(state, action)).as("%s from %s", action, state).isEmpty();
        }
    }

    @Test
    void forbiddenStepsOnTheAggregateAnswer409AndChangeNothing() {
        Dialogue planned = new Dialogue(plan(HELD_ON), "tiepdan");
        assertThatThrownBy(() -> planned.conclude(new Dialogue.ConclusionNotice(HELD_ON, "x", null, Map.of()), TODAY,
                n -> due(n, 42), issuer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("dialogue-transition-invalid");
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                });
        assertThatThrownBy(() -> planned.close(TODAY, null, TODAY, issuer)).isInstanceOf(DomainException.class);
        assertThat(planned.state()).isEqualTo(PLANNED);
        assertThat(numbers.get()).as("no document number used").isEqualTo(1);

        Dialogue d = concluded();
        assertThatThrownBy(() -> d.hold(holding(), TODAY, h -> due(h, 14)))
                .hasFieldOrPropertyWithValue("code", "dialogue-transition-invalid");
        assertThatThrownBy(() -> d.cancel("đổi lịch", TODAY)).hasFieldOrPropertyWithValue("code",
                "dialogue-transition-invalid");
        assertThatThrownBy(() -> d.recordOpinion(citizen(OpinionStage.AT, "A", "B"), "x", TODAY))
                .hasFieldOrPropertyWithValue("code", "dialogue-transition-invalid");
        assertThat(d.opinions()).hasSize(3);
    }

    // --- plan and opinions -------------------------------------------------------------------------

    @Test
    void aPlanNeedsItsFieldsAndKeepsHamletsOnce() {
        assertThatThrownBy(() -> new Dialogue(new Dialogue.Plan(DialogueKind.PERIODIC, " ", HELD_ON, null, "x",
                List.of(new DialogueHost(1L, null)), List.of(), null, null), "u"))
                .hasFieldOrPropertyWithValue("field", "topic");
        assertThatThrownBy(() -> new Dialogue(new Dialogue.Plan(DialogueKind.PERIODIC, "t", HELD_ON, null, "x",
                List.of(), List.of(), null, null), "u")).hasFieldOrPropertyWithValue("field", "unitId");
        assertThatThrownBy(() -> new Dialogue(new Dialogue.Plan(DialogueKind.PERIODIC, "t", HELD_ON, null, "x",
                List.of(new DialogueHost(1L, null), new DialogueHost(1L, null)), List.of(), null, null), "u"))
                .hasFieldOrPropertyWithValue("code", "dialogue-host-duplicate");
        Dialogue d = new Dialogue(plan(HELD_ON), "u");
        assertThat(d.hamlets()).containsExactly("Thôn Tân Hòa", "Thôn Trường Sơn");
        assertThat(d.unitId()).isEqualTo(1L);
        assertThat(d.joint()).isTrue();
    }

    @Test
    void pointsAtTheDialogueAndAnswersOnTheSpotWaitForTheConference() {
        Dialogue d = new Dialogue(plan(HELD_ON), "u");
        assertThatThrownBy(() -> d.recordOpinion(citizen(OpinionStage.AT, "A", "B"), "u", TODAY))
                .hasFieldOrPropertyWithValue("code", "dialogue-opinion-at-needs-held");
        assertThatThrownBy(() -> d.recordOpinion(new DialogueOpinion.NewOpinion(OpinionStage.BEFORE,
                OpinionSource.CITIZEN, "A", null, OpinionField.LAND, "B", null, true, "C", null), "u", TODAY))
                .hasFieldOrPropertyWithValue("code", "dialogue-answer-needs-held");
        assertThatThrownBy(() -> d.recordOpinion(new DialogueOpinion.NewOpinion(OpinionStage.BEFORE,
                OpinionSource.CITIZEN, " ", "Thôn A", OpinionField.LAND, "B", null, false, null, null), "u", TODAY))
                .hasFieldOrPropertyWithValue("field", "citizenName");
        assertThatThrownBy(() -> d.recordOpinion(new DialogueOpinion.NewOpinion(OpinionStage.BEFORE,
                OpinionSource.HAMLET, "Ai đó", null, OpinionField.LAND, "B", null, false, null, null), "u", TODAY))
                .hasFieldOrPropertyWithValue("field", "hamlet");
        assertThatThrownBy(() -> d.recordOpinion(new DialogueOpinion.NewOpinion(OpinionStage.BEFORE,
                OpinionSource.CITIZEN, "A", null, OpinionField.LAND, "B", TODAY.plusDays(1), false, null, null), "u",
                TODAY)).hasFieldOrPropertyWithValue("code", "dialogue-date-future");
        assertThat(d.opinions()).isEmpty();
        DialogueOpinion hamlet = d.recordOpinion(new DialogueOpinion.NewOpinion(OpinionStage.BEFORE,
                OpinionSource.HAMLET, "Tên bị bỏ", "Thôn A", OpinionField.LAND, "Nội dung", null, false, null, null),
                "u", TODAY);
        assertThat(hamlet.citizenName()).as("a hamlet's point names no person").isNull();
        assertThat(hamlet.raisedOn()).as("entered after the fact: the dialogue's day").isEqualTo(HELD_ON);
        assertThat(hamlet.seq()).isEqualTo(1);
    }

    @Test
    void holdingNeedsChairSecretaryAndAttendanceAndSetsTheConclusionDue() {
        Dialogue d = new Dialogue(plan(HELD_ON), "u");
        assertThatThrownBy(() -> d.hold(new Dialogue.Holding(HELD_ON, null, null, "Thư ký", 1, 1), TODAY, h -> due(h, 14)))
                .hasFieldOrPropertyWithValue("field", "chairName");
        assertThatThrownBy(() -> d.hold(new Dialogue.Holding(HELD_ON, null, "Chủ trì", null, 1, 1), TODAY, h -> due(h, 14)))
                .hasFieldOrPropertyWithValue("field", "secretaryName");
        assertThatThrownBy(() -> d.hold(new Dialogue.Holding(HELD_ON, null, "Chủ trì", "Thư ký", 1, 0), TODAY,
                h -> due(h, 14))).hasFieldOrPropertyWithValue("field", "citizensCount");
        assertThatThrownBy(() -> d.hold(new Dialogue.Holding(TODAY.plusDays(1), null, "Chủ trì", "Thư ký", 1, 5),
                TODAY, h -> due(h, 14))).hasFieldOrPropertyWithValue("code", "dialogue-held-future");
        assertThat(d.state()).isEqualTo(PLANNED);
        d.hold(holding(), TODAY, h -> due(h, 14));
        assertThat(d.state()).isEqualTo(HELD);
        assertThat(d.conclusion().due()).isEqualTo(HELD_ON.plusDays(14));
        assertThat(d.conclusion().overdue(HELD_ON.plusDays(15))).isTrue();
    }

    // --- conclusion, answers, escalation, close ----------------------------------------------------

    @Test
    void theConclusionNeedsEveryOpenPointRoutedAndAssignsOnlyThose() {
        Dialogue d = held();
        DialogueOpinion first = d.opinions().get(0);
        assertThatThrownBy(() -> d.conclude(new Dialogue.ConclusionNotice(HELD_ON.plusDays(7), "Kết luận", null,
                Map.of(first.id(), new Dialogue.Route(2L, null))), TODAY, n -> due(n, 42), issuer))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo("dialogue-opinion-unassigned");
                    assertThat(e.field()).isEqualTo("routes");
                    assertThat(e.args()).containsExactly(2);
                });
        assertThatThrownBy(() -> d.conclude(new Dialogue.ConclusionNotice(HELD_ON.minusDays(1), "Kết luận", null,
                Map.of()), TODAY, n -> due(n, 42), issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-conclusion-before-dialogue");
        assertThat(numbers.get()).as("a refused conclusion uses no number").isEqualTo(1);
        assertThat(d.state()).isEqualTo(HELD);

        Dialogue done = concluded();
        assertThat(done.state()).isEqualTo(CONCLUDED);
        assertThat(done.assignments()).hasSize(2)
                .allSatisfy(a -> assertThat(a.due()).isEqualTo(HELD_ON.plusDays(7 + 42)));
        assertThat(done.document(DocumentKind.CONCLUSION_NOTICE)).isPresent();
        assertThat(done.conclusion().onTime()).isTrue();
    }

    @Test
    void answersNeedTheirDocumentAndCloseWaitsForEveryAssignment() {
        Dialogue d = concluded();
        Assignment first = d.assignments().get(0);
        Assignment second = d.assignments().get(1);
        LocalDate notice = HELD_ON.plusDays(7);
        assertThatThrownBy(() -> d.answer(first.id(), new Assignment.Answer(notice.plusDays(3), " ", "Đã xử lý"), TODAY))
                .hasFieldOrPropertyWithValue("field", "documentNumber");
        assertThatThrownBy(() -> d.answer(first.id(), new Assignment.Answer(notice.minusDays(1), "12/UBND", "x"), TODAY))
                .hasFieldOrPropertyWithValue("code", "dialogue-answer-before-assignment");
        assertThat(first.state()).isEqualTo(AssignmentState.OPEN);
        assertThatThrownBy(() -> d.close(TODAY, null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-close-open-assignments");

        d.answer(first.id(), new Assignment.Answer(notice.plusDays(50), "12/UBND-ĐC", "Đã xử lý"), TODAY);
        assertThat(first.answeredOnTime()).as("answered after its due date").isFalse();
        assertThatThrownBy(() -> d.answer(first.id(), new Assignment.Answer(notice.plusDays(51), "13/UBND", "x"), TODAY))
                .hasFieldOrPropertyWithValue("code", "dialogue-assignment-not-open");

        assertThatThrownBy(() -> d.escalate(second.id(), new Assignment.Escalation(notice.plusDays(5), " ", "lý do", null),
                TODAY, issuer)).hasFieldOrPropertyWithValue("field", "higherBody");
        long used = numbers.get();
        d.escalate(second.id(), new Assignment.Escalation(notice.plusDays(5), "UBND tỉnh Hà Tĩnh",
                "thuộc thẩm quyền của tỉnh", null), TODAY, issuer);
        assertThat(numbers.get()).isEqualTo(used + 1);
        assertThat(second.state()).isEqualTo(AssignmentState.ESCALATED);
        assertThat(second.escalationNumber()).endsWith("-CV/ĐU");

        assertThatThrownBy(() -> d.close(notice.plusDays(49), null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-close-before-answers");
        d.close(notice.plusDays(52), "Trần Văn Bình", TODAY, issuer);
        assertThat(d.state()).isEqualTo(CLOSED);
        assertThat(d.document(DocumentKind.REPORT)).map(DocumentRef::kind).contains(DocumentKind.REPORT);
        assertThat(d.allowedActions()).isEmpty();
    }

    @Test
    void aDocumentIsIssuedOnceAndOnlyInItsStates() {
        Dialogue d = new Dialogue(plan(HELD_ON), "u");
        assertThatThrownBy(() -> d.issueDocument(DocumentKind.OPINION_SUMMARY, HELD_ON.minusDays(5), null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-summary-needs-opinions");
        assertThatThrownBy(() -> d.issueDocument(DocumentKind.RECORD, HELD_ON, null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-transition-invalid");
        assertThatThrownBy(() -> d.issueDocument(DocumentKind.CONCLUSION_NOTICE, HELD_ON, null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-document-not-standalone");
        d.issueDocument(DocumentKind.PLAN, HELD_ON.minusDays(30), null, TODAY, issuer);
        assertThatThrownBy(() -> d.issueDocument(DocumentKind.PLAN, HELD_ON.minusDays(29), null, TODAY, issuer))
                .hasFieldOrPropertyWithValue("code", "dialogue-document-already-issued");
        assertThat(d.allowedActions()).doesNotContain(ISSUE_PLAN).contains(ISSUE_NOTICE);
        assertThat(d.documents()).extracting(DocumentRef::kind).containsExactly(DocumentKind.PLAN);
    }

    @Test
    void aCancelledDialogueNeedsAReasonAndIsFinal() {
        Dialogue d = new Dialogue(plan(HELD_ON), "u");
        assertThatThrownBy(() -> d.cancel(" ", TODAY)).hasFieldOrPropertyWithValue("field", "reason");
        d.cancel("Trùng lịch bầu cử", TODAY);
        assertThat(d.state()).isEqualTo(CANCELLED);
        assertThat(d.allowedActions()).isEmpty();
        assertThatThrownBy(() -> d.hold(holding(), TODAY, h -> due(h, 14)))
                .hasFieldOrPropertyWithValue("code", "dialogue-transition-invalid");
    }

    @Test
    void aPointEndsOneWayOnly() {
        Dialogue d = held();
        DialogueOpinion answered = d.opinions().get(2);
        assertThatThrownBy(() -> d.opinionForPetition(answered.id()))
                .hasFieldOrPropertyWithValue("code", "dialogue-opinion-already-answered");
        DialogueOpinion open = d.opinions().get(1);
        d.linkPetition(open.id(), 77L, "5/2026");
        assertThat(open.needsAssignment()).isFalse();
        assertThatThrownBy(() -> d.answerOnSpot(open.id(), "trả lời", null))
                .hasFieldOrPropertyWithValue("code", "dialogue-opinion-is-petition");
    }

    // --- redaction -----------------------------------------------------------------------------------

    @Test
    void theRedactorMasksCitizensNamesWhateverTheirCaseOrComposition() {
        FollowUp.Redactor r = new FollowUp.Redactor(List.of("Nguyễn Văn An", "Văn An"), "[ẩn]");
        String decomposed = java.text.Normalizer.normalize("ông NGUYỄN VĂN AN và bà Văn An", java.text.Normalizer.Form.NFD);
        assertThat(r.apply(decomposed)).isEqualTo("ông [ẩn] và bà [ẩn]");
        assertThat(r.apply(null)).isNull();
        assertThat(FollowUp.Redactor.NONE.apply("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
    }
}
