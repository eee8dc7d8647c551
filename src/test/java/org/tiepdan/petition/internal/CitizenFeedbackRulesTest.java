package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/**
 * The aggregate's rules for the citizen's rating and reopening (issue 24): only an answered feedback or
 * recommendation, within 30 days of the answer (the 30th day included), never a complaint; the
 * follow-up needs a reason, is taken up at once with the answered one's kind and field, and only once.
 */
@FullStackTest
class CitizenFeedbackRulesTest {

    static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));
    static final LocalDate RECEIVED = LocalDate.of(2025, 3, 3);
    static final LocalDate ANSWERED = LocalDate.of(2025, 3, 20);

    @Autowired
    PetitionService service;
    @Autowired
    OrgUnits units;

    long ubnd() {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        return units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst()
                .orElseThrow().id();
    }

    Petition classified(PetitionKind kind) {
        Petition p = new Petition(new Intake(ubnd(), Channel.ONLINE, RECEIVED, null, null, null, null,
                "Đề nghị sửa đường liên thôn", false, false, false, 1,
                List.of(new Petitioner("Nguyễn Văn A", null, "thôn Tân Hòa", null, null, false))), 0, 1,
                "TESTTESTTEST", "xuly");
        p.startClocks(service.clocks(ubnd()), false);
        p.classify(HANDLER, Step.on(RECEIVED.plusDays(1)), new Classification(kind, "ADM_LAND", true, null,
                Competence.RESOLVE, false, false, false, false, false, false), service.clocks(ubnd()));
        return p;
    }

    Petition answered(PetitionKind kind) {
        Petition p = classified(kind);
        p.accept(HANDLER, Step.on(RECEIVED.plusDays(2)).withDocument("1/TB", RECEIVED.plusDays(2)),
                service.clocks(ubnd()));
        p.assign(HANDLER, Step.on(RECEIVED.plusDays(2)).withHandler("xuly"));
        p.answer(HANDLER, Step.on(ANSWERED).withDocument("2/TL", ANSWERED));
        return p;
    }

    @Test
    void onlyAnAnsweredFeedbackOrRecommendationWithinThirtyDays() {
        Petition p = answered(PetitionKind.FEEDBACK);
        assertThat(p.answeredOn()).isEqualTo(ANSWERED);
        assertThat(p.citizenFeedbackUntil()).isEqualTo(ANSWERED.plusDays(30));
        p.checkCitizenFeedback(ANSWERED);
        p.checkCitizenFeedback(ANSWERED.plusDays(30));
        assertThatThrownBy(() -> p.checkCitizenFeedback(ANSWERED.plusDays(31))).hasMessage("petition-feedback-closed");
        // Closed after the answer: still within the window.
        p.close(HANDLER, Step.on(ANSWERED.plusDays(1)));
        p.checkCitizenFeedback(ANSWERED.plusDays(2));

        Petition recommendation = answered(PetitionKind.RECOMMENDATION);
        recommendation.checkCitizenFeedback(ANSWERED.plusDays(1));

        Petition notYet = classified(PetitionKind.FEEDBACK);
        assertThatThrownBy(() -> notYet.checkCitizenFeedback(RECEIVED.plusDays(3)))
                .hasMessage("petition-feedback-closed");
        Petition complaint = classified(PetitionKind.COMPLAINT);
        assertThatThrownBy(() -> complaint.checkCitizenFeedback(RECEIVED.plusDays(3)))
                .hasMessage("petition-feedback-closed");
    }

    @Test
    void theFollowUpNeedsAReasonIsTakenUpAtOnceAndOnlyOnce() {
        Petition answered = answered(PetitionKind.RECOMMENDATION);
        Petition followUp = new Petition(new Intake(ubnd(), Channel.ONLINE, ANSWERED.plusDays(5), null, null,
                null, null, "Đề nghị xem xét lại", false, false, false, 1, answered.petitioners()), 0, 2,
                "TESTTESTTES2", "system");
        assertThatThrownBy(() -> followUp.openFollowUp(answered, "  ", ANSWERED.plusDays(5), "system"))
                .hasMessage("petition-reopen-reason-required");
        assertThatThrownBy(() -> followUp.openFollowUp(answered, "Chưa sửa", ANSWERED.plusDays(31), "system"))
                .hasMessage("petition-feedback-closed");
        assertThat(followUp.state()).isEqualTo(PetitionState.RECEIVED);

        followUp.openFollowUp(answered, "Đường vẫn chưa được sửa", ANSWERED.plusDays(5), "system");
        assertThat(followUp.state()).isEqualTo(PetitionState.CLASSIFIED);
        assertThat(followUp.kind()).isEqualTo(PetitionKind.RECOMMENDATION);
        assertThat(followUp.field()).isEqualTo("ADM_LAND");
        assertThat(followUp.reopenReason()).isEqualTo("Đường vẫn chưa được sửa");
        assertThat(followUp.allowedActions()).contains(Action.ACCEPT);
        assertThatThrownBy(() -> followUp.openFollowUp(answered, "Lần nữa", ANSWERED.plusDays(6), "system"))
                .hasMessage("petition-reopen-once");
    }
}
