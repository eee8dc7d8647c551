package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * Every workflow walked through its allowed transitions with the deadlines the calendar computes,
 * and at every state every action the table does not allow refused with 409
 * {@code petition-transition-invalid}, leaving the petition unchanged. The aggregate runs in memory
 * with the real deadline rules of the demo database.
 */
@FullStackTest
class PetitionWorkflowTest {

    static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));
    static final Actor HEAD = new Actor("lanhdao", EnumSet.of(Role.HEAD));
    static final Actor VIEWER = new Actor("xem", EnumSet.of(Role.VIEWER));
    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);

    @Autowired
    PetitionService service;
    @Autowired
    OrgUnits units;
    @Autowired
    WorkingCalendar calendar;

    long ubnd() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        return units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst()
                .orElseThrow().id();
    }

    Petition received(long unitId) {
        Petition p = new Petition(new Intake(unitId, Channel.POST, RECEIVED, null, null, null, null,
                "Ông Nguyễn Văn A khiếu nại quyết định thu hồi đất tại thôn Tân Hòa", false, false, false, 1,
                List.of(new Petitioner("Nguyễn Văn A", "042080001234", "thôn Tân Hòa, xã Kỳ Thượng", null, null,
                        false))), 0, 1, "TESTTESTTEST", "xuly");
        p.startClocks(service.clocks(unitId), false);
        return p;
    }

    DeadlineSource clocks() {
        return service.clocks(ubnd());
    }

    Petition classified(PetitionKind kind, Competence competence, boolean complex, boolean remote) {
        Petition p = received(ubnd());
        p.classify(HANDLER, Step.on(RECEIVED.plusDays(1)), new Classification(kind, "ADM_LAND", true, null,
                competence, complex, false, false, false, false, remote), clocks());
        return p;
    }

    static Step doc(LocalDate on) {
        return Step.on(on).withDocument("01/QĐ-UBND", on);
    }

    /** Tries every action the table does not allow from the current state: each is 409 and changes nothing. */
    void everyOtherActionIsRefused(Petition p) {
        PetitionState before = p.state();
        int events = p.events().size();
        Set<Action> allowed = p.allowedActions();
        for (Action a : Action.values()) {
            if (allowed.contains(a) || a == Action.REGISTER || a == Action.REMIND) {
                continue;
            }
            assertThatThrownBy(() -> perform(p, a, HEAD, doc(LocalDate.of(2025, 12, 1))))
                    .as("%s from %s (%s)", a, before, p.workflow().name())
                    .isInstanceOfSatisfying(DomainException.class, e -> {
                        assertThat(e.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                        assertThat(e.code()).isIn("petition-transition-invalid", "petition-step-not-in-force");
                    });
            assertThat(p.state()).isEqualTo(before);
            assertThat(p.events()).hasSize(events);
        }
    }

    void perform(Petition p, Action a, Actor actor, Step step) {
        DeadlineSource c = clocks();
        Step s = step.withOutcome(p.kind() == PetitionKind.DENUNCIATION ? Outcome.TRUE : Outcome.RIGHT)
                .withReason(Reason.OTHER, "lý do").withTarget(null, "Tòa án nhân dân khu vực")
                .withDestinationCategory(DestinationCategory.PROSECUTION_COURT_ENFORCEMENT)
                .withDirection("UBND xã", step.on().plusDays(10));
        switch (a) {
            case CLASSIFY -> p.classify(actor, s, new Classification(PetitionKind.FEEDBACK, null, true, null,
                    Competence.RESOLVE, false, false, false, false, false, false), c);
            case ACCEPT -> p.accept(actor, s, c);
            case REFUSE -> p.refuse(actor, s);
            case TRANSFER -> p.transfer(actor, s);
            case GUIDE -> p.guide(actor, s);
            case RETURN -> p.returnToPetitioner(actor, s);
            case ARCHIVE -> p.archive(actor, s);
            case DIRECT -> p.direct(actor, s);
            case RECORD_ANSWER -> p.recordAnswer(actor, s);
            case INVESTIGATE -> p.investigate(actor, s);
            case HOLD_DIALOGUE -> p.holdDialogue(actor, s);
            case DECIDE -> p.decide(actor, s);
            case SECOND_ROUND -> p.secondRound(actor, s, c);
            case SKIP_DIALOGUE -> p.skipDialogue(actor, s);
            case NOTIFY -> p.notifyParties(actor, s);
            case VERIFY -> p.verify(actor, s);
            case EXTEND -> p.extend(actor, s, c);
            case SUSPEND -> p.suspend(actor, s, c);
            case RESUME -> p.resume(actor, s, c);
            case CONCLUDE -> p.conclude(actor, s);
            case PUBLISH -> p.publish(actor, s, c);
            case ASSIGN -> p.assign(actor, s);
            case ANSWER -> p.answer(actor, s);
            case CLOSE -> p.close(actor, s);
            case WITHDRAW -> p.withdraw(actor, s, c);
            case TERMINATE -> p.terminate(actor, s, c);
            case REMIND -> p.remind(actor, s);
            case REGISTER -> throw new IllegalArgumentException();
        }
    }

    static LocalDate due(Petition p, String code) {
        return p.deadline(code).orElseThrow(() -> new AssertionError("no deadline " + code)).due();
    }

    // --- intake --------------------------------------------------------------------------------

    @Test
    void intakeStartsTheHandlingClockAndOnlyClassifyOrArchiveAreAllowed() {
        Petition p = received(ubnd());
        assertThat(p.state()).isEqualTo(PetitionState.RECEIVED);
        assertThat(p.workflow()).isSameAs(Workflow.INTAKE);
        assertThat(due(p, "PETITION_HANDLE")).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(p.deadline("PETITION_HANDLE").orElseThrow().explanation()).contains("10 ngày làm việc")
                .contains("03/03/2025").contains("17/03/2025");
        assertThat(p.allowedActions()).containsExactlyInAnyOrder(Action.CLASSIFY, Action.ARCHIVE);
        everyOtherActionIsRefused(p);
    }

    @Test
    void aPartyCommitteeHasTheHeadsNoticeClock() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        long party = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE)
                .findFirst().orElseThrow().id();
        Petition p = new Petition(new Intake(party, Channel.IN_PERSON, RECEIVED, null, null, null, 12L,
                "Phản ánh cán bộ thôn có biểu hiện suy thoái", false, false, false, 1,
                List.of(new Petitioner("Trần Thị B", null, "thôn Đông Hà", null, null, false))), 0, 1, "X", "xuly");
        p.startClocks(service.clocks(party), true);
        assertThat(due(p, "PARTY_HEAD_NOTIFY")).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(p.receptionVisitId()).isEqualTo(12L);
    }

    @Test
    void classificationNeedsAReasonWhenIneligibleAndARoleAtTheUnit() {
        Petition p = received(ubnd());
        assertThatThrownBy(() -> p.classify(HANDLER, Step.on(RECEIVED), new Classification(PetitionKind.COMPLAINT,
                null, false, null, Competence.RESOLVE, false, false, false, false, false, false), clocks()))
                .hasMessage("petition-ineligibility-reason-required");
        assertThatThrownBy(() -> p.classify(VIEWER, Step.on(RECEIVED), new Classification(PetitionKind.COMPLAINT,
                null, true, null, Competence.RESOLVE, false, false, false, false, false, false), clocks()))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        assertThat(p.state()).isEqualTo(PetitionState.RECEIVED);
    }

    // --- complaint -----------------------------------------------------------------------------

    @Test
    void complaintFirstAndSecondRoundWithTheirLimits() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, false);
        assertThat(p.workflow()).isSameAs(Workflow.COMPLAINT);
        // 10 days (calendar, the stricter reading of Art. 27) from 03/03/2025.
        assertThat(due(p, "COMPLAINT_ACCEPT")).isEqualTo(LocalDate.of(2025, 3, 13));
        everyOtherActionIsRefused(p);

        assertThatThrownBy(() -> p.accept(HANDLER, Step.on(LocalDate.of(2025, 3, 10)), clocks()))
                .hasMessage("petition-document-required");
        p.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThat(p.deadline("COMPLAINT_ACCEPT").orElseThrow().active()).isFalse();
        assertThat(p.deadline("PETITION_HANDLE").orElseThrow().metOn()).isEqualTo(LocalDate.of(2025, 3, 10));
        assertThat(due(p, "COMPLAINT_RESOLVE_R1")).isEqualTo(LocalDate.of(2025, 4, 9));
        assertThat(p.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().explanation()).contains("30 ngày")
                .contains("Điều 28 Luật Khiếu nại 2011");
        everyOtherActionIsRefused(p);

        p.investigate(HANDLER, Step.on(LocalDate.of(2025, 3, 12)));
        everyOtherActionIsRefused(p);
        p.holdDialogue(HANDLER, Step.on(LocalDate.of(2025, 3, 25)));
        everyOtherActionIsRefused(p);
        assertThatThrownBy(() -> p.decide(HANDLER, doc(LocalDate.of(2025, 4, 8)).withOutcome(Outcome.TRUE)))
                .hasMessage("petition-outcome-required");
        p.decide(HANDLER, doc(LocalDate.of(2025, 4, 8)).withOutcome(Outcome.PARTLY_RIGHT));
        assertThat(p.state()).isEqualTo(PetitionState.DECIDED);
        assertThat(p.settledOn()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThat(p.settledOnTime()).isTrue();
        everyOtherActionIsRefused(p);

        // The second complaint is a new petition at the superior body (SecondRoundTest); here it is recorded.
        p.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 15)).withTarget(ubnd() + 1_000_000L, null), clocks());
        assertThat(p.round()).isEqualTo(1);
        assertThat(p.state()).isEqualTo(PetitionState.DECIDED);
        assertThat(p.settledOn()).isEqualTo(LocalDate.of(2025, 4, 8));
        assertThatThrownBy(() -> p.secondRound(HANDLER, doc(LocalDate.of(2025, 4, 20)).withTarget(1L, null), clocks()))
                .hasMessage("complaint-second-round-once");
        assertThat(p.events()).extracting(PetitionEvent::action).containsExactly(Action.CLASSIFY, Action.ACCEPT,
                Action.INVESTIGATE, Action.HOLD_DIALOGUE, Action.DECIDE, Action.SECOND_ROUND);
        assertThat(p.events()).allSatisfy(e -> assertThat(e.actor()).isEqualTo("xuly"));
    }

    @Test
    void complaintLimitsByVariant() {
        Petition complex = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, true, false);
        complex.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        assertThat(due(complex, "COMPLAINT_RESOLVE_R1")).isEqualTo(LocalDate.of(2025, 4, 24));
        Petition remote = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, true);
        remote.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        assertThat(due(remote, "COMPLAINT_RESOLVE_R1")).isEqualTo(LocalDate.of(2025, 4, 24));
        Petition both = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, true, true);
        both.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        assertThat(due(both, "COMPLAINT_RESOLVE_R1")).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(both.deadline("COMPLAINT_RESOLVE_R1").orElseThrow().variant().name())
                .isEqualTo("REMOTE_AREA_COMPLEX");
    }

    @Test
    void complaintRefusedWithReasonAndDocument() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, false);
        assertThatThrownBy(() -> p.refuse(HANDLER, doc(LocalDate.of(2025, 3, 20))))
                .hasMessage("petition-reason-required");
        p.refuse(HANDLER, doc(LocalDate.of(2025, 3, 20)).withReason(Reason.TIME_LIMIT_EXPIRED, null));
        assertThat(p.state()).isEqualTo(PetitionState.REFUSED);
        assertThat(p.settledOnTime()).as("after 13/03/2025").isFalse();
        assertThat(p.deadline("COMPLAINT_ACCEPT").orElseThrow().metLate()).isTrue();
        everyOtherActionIsRefused(p);
    }

    // --- denunciation --------------------------------------------------------------------------

    @Test
    void denunciationCheckAcceptNotifyVerifyConcludePublish() {
        Petition p = classified(PetitionKind.DENUNCIATION, Competence.RESOLVE, false, false);
        assertThat(p.workflow()).isSameAs(Workflow.DENUNCIATION);
        assertThat(due(p, "DENUNCIATION_CHECK")).isEqualTo(LocalDate.of(2025, 3, 12));
        everyOtherActionIsRefused(p);
        p.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        assertThat(due(p, "DENUNCIATION_NOTIFY")).isEqualTo(LocalDate.of(2025, 3, 17));
        assertThat(due(p, "DENUNCIATION_RESOLVE")).isEqualTo(LocalDate.of(2025, 4, 9));
        everyOtherActionIsRefused(p);
        assertThatThrownBy(() -> p.extend(HEAD, doc(LocalDate.of(2025, 3, 11)).withReason(null, "phức tạp"),
                clocks())).hasMessage("denunciation-extension-not-complex");
        p.notifyParties(HANDLER, doc(LocalDate.of(2025, 3, 14)));
        assertThat(p.deadline("DENUNCIATION_NOTIFY").orElseThrow().metLate()).isFalse();
        everyOtherActionIsRefused(p);
        p.verify(HANDLER, Step.on(LocalDate.of(2025, 3, 17)));
        everyOtherActionIsRefused(p);
        // Suspension exists for denunciations since 01/01/2019 (Luật Tố cáo 2018 Art. 34): CaseEndingsTest.
        assertThat(p.allowedActions()).contains(Action.SUSPEND);
        p.conclude(HANDLER, doc(LocalDate.of(2025, 4, 9)).withOutcome(Outcome.PARTLY_TRUE));
        assertThat(p.settledOnTime()).isTrue();
        everyOtherActionIsRefused(p);
        p.publish(HANDLER, Step.on(LocalDate.of(2025, 4, 10)), clocks());
        assertThat(due(p, "DENUNCIATION_PUBLISH")).isEqualTo(LocalDate.of(2025, 4, 25));
        assertThat(p.state()).isEqualTo(PetitionState.PUBLISHED);
        everyOtherActionIsRefused(p);
    }

    @Test
    void denunciationExtensionsOnceForComplexTwiceForEspeciallyComplexEachByTheHead() {
        Petition p = classified(PetitionKind.DENUNCIATION, Competence.RESOLVE, true, false);
        p.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        Step ext = doc(LocalDate.of(2025, 4, 1)).withReason(null, "Cần trưng cầu giám định");
        assertThatThrownBy(() -> p.extend(HANDLER, ext, clocks())).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo("petition-role-required"));
        assertThatThrownBy(() -> p.extend(HEAD, Step.on(LocalDate.of(2025, 4, 1)).withReason(null, "x"), clocks()))
                .hasMessage("petition-document-required");
        p.extend(HEAD, ext, clocks());
        PetitionDeadline resolve = p.deadline("DENUNCIATION_RESOLVE").orElseThrow();
        assertThat(resolve.due()).isEqualTo(LocalDate.of(2025, 5, 9));
        assertThat(resolve.versions()).hasSize(2);
        assertThat(resolve.versions().get(1).extensionCode()).isEqualTo("DENUNCIATION_EXTEND_COMPLEX");
        assertThat(resolve.versions().get(1).reason()).isEqualTo("Cần trưng cầu giám định");
        assertThatThrownBy(() -> p.extend(HEAD, doc(LocalDate.of(2025, 4, 20)).withReason(null, "x"), clocks()))
                .hasMessage("denunciation-extension-limit");

        Petition special = classified(PetitionKind.DENUNCIATION, Competence.RESOLVE, true, false);
        special.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
        special.extend(HEAD, doc(LocalDate.of(2025, 4, 1)).withReason(null, "Đặc biệt phức tạp").especiallyComplex(),
                clocks());
        special.extend(HEAD, doc(LocalDate.of(2025, 5, 2)).withReason(null, "Chờ kết quả giám định"), clocks());
        PetitionDeadline twice = special.deadline("DENUNCIATION_RESOLVE").orElseThrow();
        assertThat(twice.due()).as("08/06/2025 is a Sunday").isEqualTo(LocalDate.of(2025, 6, 9));
        assertThat(twice.versions()).extracting(PetitionDeadline.Version::extensionCode)
                .containsExactly(null, "DENUNCIATION_EXTEND_SPECIAL", "DENUNCIATION_EXTEND_SPECIAL");
        assertThatThrownBy(() -> special.extend(HEAD, doc(LocalDate.of(2025, 6, 1)).withReason(null, "x"), clocks()))
                .hasMessage("denunciation-extension-limit");
    }

    @Test
    void denunciationSuspensionStopsAndRestartsTheClock() {
        long unit = ubnd();
        Petition p = new Petition(new Intake(unit, Channel.POST, LocalDate.of(2026, 7, 6), null, null, null,
                null, "Tố cáo cán bộ địa chính xã nhận tiền", false, false, false, 1,
                List.of(new Petitioner("Lê Văn C", null, "thôn Tân Hòa", null, null, false))), 0, 1, "Y", "xuly");
        p.startClocks(service.clocks(unit), false);
        p.classify(HANDLER, Step.on(LocalDate.of(2026, 7, 7)), new Classification(PetitionKind.DENUNCIATION, null,
                true, null, Competence.RESOLVE, false, false, false, false, false, false), clocks());
        p.accept(HANDLER, doc(LocalDate.of(2026, 7, 8)), clocks());
        p.notifyParties(HANDLER, doc(LocalDate.of(2026, 7, 9)));
        p.verify(HANDLER, Step.on(LocalDate.of(2026, 7, 10)));
        LocalDate before = due(p, "DENUNCIATION_RESOLVE");
        assertThat(before).isEqualTo(calendar.workingDayOnOrAfter(LocalDate.of(2026, 8, 7)));
        p.suspend(HEAD, doc(LocalDate.of(2026, 7, 20)).withReason(null, "Chờ kết quả giám định"), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.SUSPENDED);
        assertThat(due(p, "DENUNCIATION_RESOLVE")).isNull();
        everyOtherActionIsRefused(p);
        p.resume(HEAD, doc(LocalDate.of(2026, 8, 3)), clocks());
        // 18 calendar days were left on 20/07 (to 07/08); they run again from 03/08.
        assertThat(due(p, "DENUNCIATION_RESOLVE")).isEqualTo(calendar.workingDayOnOrAfter(LocalDate.of(2026, 8, 21)));
        assertThat(p.deadline("DENUNCIATION_RESOLVE").orElseThrow().versions()).extracting(v -> v.change().name())
                .containsExactly("COMPUTED", "SUSPENDED", "RESUMED");
        assertThat(p.state()).isEqualTo(PetitionState.VERIFYING);
    }

    // --- feedback and recommendation ------------------------------------------------------------

    @Test
    void feedbackAndRecommendationAcceptAssignAnswerClose() {
        for (PetitionKind kind : List.of(PetitionKind.FEEDBACK, PetitionKind.RECOMMENDATION)) {
            Petition p = classified(kind, Competence.RESOLVE, false, false);
            assertThat(p.workflow()).isSameAs(Workflow.REQUEST);
            everyOtherActionIsRefused(p);
            p.accept(HANDLER, doc(LocalDate.of(2025, 3, 10)), clocks());
            everyOtherActionIsRefused(p);
            p.assign(HANDLER, Step.on(LocalDate.of(2025, 3, 10)).withHandler("xuly"));
            assertThat(p.handler()).isEqualTo("xuly");
            everyOtherActionIsRefused(p);
            assertThatThrownBy(() -> p.answer(HANDLER, Step.on(LocalDate.of(2025, 3, 20))))
                    .hasMessage("petition-document-required");
            p.answer(HANDLER, doc(LocalDate.of(2025, 3, 20)));
            everyOtherActionIsRefused(p);
            p.close(HANDLER, Step.on(LocalDate.of(2025, 3, 21)));
            assertThat(p.state()).isEqualTo(PetitionState.CLOSED);
            assertThat(p.settledOnTime()).isTrue();
            everyOtherActionIsRefused(p);
        }
    }

    // --- decisions outside resolution ----------------------------------------------------------

    @Test
    void noCompetenceIsTransferredOrGuidedNeverAccepted() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.NONE, false, false);
        assertThatThrownBy(() -> p.accept(HANDLER, doc(LocalDate.of(2025, 3, 5)), clocks()))
                .hasMessage("petition-accept-needs-resolve");
        assertThatThrownBy(() -> p.transfer(HANDLER, doc(LocalDate.of(2025, 3, 5))))
                .hasMessage("petition-transfer-target-required");
        // the category of the body outside is named, never defaulted (NĐ 55/2022 Art. 6); nothing moves without it
        assertThatThrownBy(() -> p.transfer(HANDLER, doc(LocalDate.of(2025, 3, 5))
                .withTarget(null, "Tòa án nhân dân khu vực 5 - Hà Tĩnh")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("petition-destination-category-required");
                    assertThat(e.field()).isEqualTo("destinationCategory");
                });
        assertThat(p.state()).isEqualTo(PetitionState.CLASSIFIED);
        assertThat(p.destinationCategory()).isNull();
        p.transfer(HANDLER, doc(LocalDate.of(2025, 3, 5)).withTarget(null, "Tòa án nhân dân khu vực 5 - Hà Tĩnh")
                .withDestinationCategory(DestinationCategory.PROSECUTION_COURT_ENFORCEMENT));
        assertThat(p.state()).isEqualTo(PetitionState.TRANSFERRED);
        assertThat(p.destinationCategory()).isEqualTo(DestinationCategory.PROSECUTION_COURT_ENFORCEMENT);
        assertThat(p.settledOnTime()).isTrue();
        everyOtherActionIsRefused(p);

        Petition g = classified(PetitionKind.RECOMMENDATION, Competence.NONE, false, false);
        assertThatThrownBy(() -> g.guide(HANDLER, doc(LocalDate.of(2025, 3, 5))
                .withTarget(null, "Chi nhánh Văn phòng đăng ký đất đai")))
                .hasMessage("petition-destination-category-required");
        g.guide(HANDLER, doc(LocalDate.of(2025, 3, 5)).withTarget(null, "Chi nhánh Văn phòng đăng ký đất đai")
                .withDestinationCategory(DestinationCategory.STATE_ADMINISTRATION));
        assertThat(g.state()).isEqualTo(PetitionState.GUIDED);
        assertThat(g.destinationCategory()).isEqualTo(DestinationCategory.STATE_ADMINISTRATION);

        // the history import may leave it unrecorded: the old books rarely say it
        Petition old = classified(PetitionKind.RECOMMENDATION, Competence.NONE, false, false);
        old.guide(HANDLER, doc(LocalDate.of(2025, 3, 5)).withTarget(null, "Phòng Tư pháp"), false);
        assertThat(old.destinationCategory()).isNull();
    }

    @Test
    void aCatalogueUnitsKindSaysItsCategoryAndAnyOtherKindLeavesTheChoiceToTheOfficer() {
        assertThat(DestinationCategory.forUnitKind(org.tiepdan.org.OrgUnitKind.PEOPLES_COMMITTEE))
                .contains(DestinationCategory.STATE_ADMINISTRATION);
        assertThat(DestinationCategory.forUnitKind(org.tiepdan.org.OrgUnitKind.INSPECTORATE))
                .contains(DestinationCategory.STATE_ADMINISTRATION);
        assertThat(DestinationCategory.forUnitKind(org.tiepdan.org.OrgUnitKind.FATHERLAND_FRONT))
                .contains(DestinationCategory.POLITICAL_SOCIO_POLITICAL);
        assertThat(DestinationCategory.forUnitKind(org.tiepdan.org.OrgUnitKind.OTHER)).isEmpty();
        assertThat(DestinationCategory.forUnitKind(org.tiepdan.org.OrgUnitKind.ADMINISTRATIVE_AREA)).isEmpty();
    }

    @Test
    void directCompetenceIsDirectedByTheHeadAndAnswered() {
        Petition p = classified(PetitionKind.DENUNCIATION, Competence.DIRECT, false, false);
        Step direction = doc(LocalDate.of(2025, 3, 6)).withDirection("UBND xã Kỳ Thượng", LocalDate.of(2025, 4, 6));
        assertThatThrownBy(() -> p.direct(HANDLER, direction)).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN));
        p.direct(HEAD, direction);
        assertThat(p.state()).isEqualTo(PetitionState.DIRECTED);
        assertThat(p.directedBody()).isEqualTo("UBND xã Kỳ Thượng");
        everyOtherActionIsRefused(p);
        p.recordAnswer(HANDLER, doc(LocalDate.of(2025, 4, 10)));
        assertThat(p.state()).isEqualTo(PetitionState.DIRECTION_ANSWERED);
        assertThat(p.settledOnTime()).as("answer came after 06/04").isFalse();
    }

    @Test
    void ineligibleIsReturnedAndAnonymousArchived() {
        Petition p = received(ubnd());
        p.classify(HANDLER, Step.on(RECEIVED), new Classification(PetitionKind.COMPLAINT, null, false,
                Reason.ALREADY_COURT, Competence.RESOLVE, false, false, false, false, false, false), clocks());
        assertThatThrownBy(() -> p.accept(HANDLER, doc(LocalDate.of(2025, 3, 5)), clocks()))
                .hasMessage("petition-accept-needs-eligible");
        p.returnToPetitioner(HANDLER, doc(LocalDate.of(2025, 3, 5)).withReason(Reason.ALREADY_COURT, null));
        assertThat(p.state()).isEqualTo(PetitionState.RETURNED);

        Petition a = new Petition(new Intake(ubnd(), Channel.POST, RECEIVED, null, null, null, null,
                "Thư không ký tên tố cáo cán bộ", true, false, false, 1, List.of()), 0, 1, "Z", "xuly");
        a.startClocks(clocks(), false);
        assertThat(a.petitioners()).isEmpty();
        assertThatThrownBy(() -> a.archive(HANDLER, Step.on(RECEIVED).withReason(Reason.ALREADY_COURT, null)))
                .hasMessage("petition-archive-reason");
        a.archive(HANDLER, Step.on(RECEIVED).withReason(Reason.ANONYMOUS, null));
        assertThat(a.state()).isEqualTo(PetitionState.ARCHIVED);
    }

    // --- a head undoes a step recorded by mistake the same day (issue 19) ------------------------

    static LocalDate today() {
        return LocalDate.now(org.tiepdan.platform.Dates.ZONE);
    }

    record Clocks(String rule, boolean active, LocalDate metOn) {
    }

    static List<Clocks> clocksOf(Petition p) {
        return p.deadlines().stream().map(d -> new Clocks(d.ruleCode(), d.active(), d.metOn())).toList();
    }

    @Test
    void aHeadUndoesARefusalRecordedTodayAndThePetitionIsAsBeforeIt() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, false);
        List<Clocks> before = clocksOf(p);
        int events = p.events().size();
        p.refuse(HANDLER, doc(RECEIVED.plusDays(2)).withReason(Reason.TIME_LIMIT_EXPIRED, null));
        assertThat(p.settledOn()).isNotNull();
        assertThat(clocksOf(p)).isNotEqualTo(before);

        PetitionEvent undone = p.undoLastStep(HEAD, "Ghi nhầm hồ sơ", today());
        assertThat(undone.action()).isEqualTo(Action.REFUSE);
        assertThat(p.state()).isEqualTo(PetitionState.CLASSIFIED);
        assertThat(p.settledOn()).isNull();
        assertThat(p.settledOnTime()).isNull();
        assertThat(p.reason()).isNull();
        assertThat(p.events()).hasSize(events);
        assertThat(clocksOf(p)).isEqualTo(before);
        // and the right step can now be taken
        p.accept(HANDLER, doc(RECEIVED.plusDays(2)), clocks());
        assertThat(p.state()).isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void undoingADecisionPutsBackTheOutcomeAndTheResolutionClock() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, false);
        p.accept(HANDLER, doc(RECEIVED.plusDays(2)), clocks());
        p.investigate(HANDLER, Step.on(RECEIVED.plusDays(3)));
        p.holdDialogue(HANDLER, Step.on(RECEIVED.plusDays(10)));
        List<Clocks> before = clocksOf(p);
        p.decide(HANDLER, doc(RECEIVED.plusDays(20)).withOutcome(Outcome.RIGHT));
        p.undoLastStep(HEAD, "Chọn nhầm kết luận", today());
        assertThat(p.state()).isEqualTo(PetitionState.DIALOGUE_HELD);
        assertThat(p.outcome()).isNull();
        assertThat(clocksOf(p)).isEqualTo(before);
    }

    @Test
    void onlyAHeadWithAReasonUndoesOnlyTheLastUndoableStepRecordedToday() {
        Petition p = classified(PetitionKind.COMPLAINT, Competence.RESOLVE, false, false);
        assertThatThrownBy(() -> p.undoLastStep(HEAD, "x", today())).as("classification replaces clocks")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("petition-undo-not-allowed"));
        p.accept(HANDLER, doc(RECEIVED.plusDays(2)), clocks());
        assertThatThrownBy(() -> p.undoLastStep(HEAD, "x", today())).as("acceptance starts clocks")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("petition-undo-not-allowed"));
        p.investigate(HANDLER, Step.on(RECEIVED.plusDays(3)));
        assertThatThrownBy(() -> p.undoLastStep(HANDLER, "x", today())).as("a handler")
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.kind()).isEqualTo(DomainException.Kind.FORBIDDEN);
                    assertThat(e.code()).isEqualTo("petition-undo-head-only");
                });
        assertThatThrownBy(() -> p.undoLastStep(VIEWER, "x", today())).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> p.undoLastStep(HEAD, "  ", today())).as("no reason")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
        assertThatThrownBy(() -> p.undoLastStep(HEAD, "x", today().plusDays(1))).as("recorded another day")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("petition-undo-not-allowed"));
        assertThat(p.state()).isEqualTo(PetitionState.INVESTIGATING);
        p.undoLastStep(HEAD, "Bấm nhầm", today());
        assertThat(p.state()).isEqualTo(PetitionState.ACCEPTED);
        assertThatThrownBy(() -> p.undoLastStep(HEAD, "x", today())).as("one step back only, to an acceptance")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("petition-undo-not-allowed"));

        Petition fresh = received(ubnd());
        assertThatThrownBy(() -> fresh.undoLastStep(HEAD, "x", today())).as("the registration itself")
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.code()).isEqualTo("petition-undo-not-allowed"));
    }
}
