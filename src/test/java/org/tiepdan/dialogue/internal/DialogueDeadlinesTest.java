package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiepdan.dialogue.internal.DialogueTestSupport.*;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.OrgUnits;

/**
 * The deadline chain on the calendar's real data: dialogue → conclusion notice (10 working days) →
 * answers (30 working days after the notice), across New Year 2026 with its make-up Saturday, Tết
 * Bính Ngọ (16–20/02/2026) and Giỗ Tổ, 30/4 and 1/5 2026. Expected dates are counted by hand.
 */
@FullStackTest
class DialogueDeadlinesTest {

    @Autowired
    DialogueService service;
    @Autowired
    OrgUnits units;

    Commune commune;

    @BeforeEach
    void setUp() {
        commune = commune(units);
        signIn(commune);
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    /** Holds a dialogue on {@code held} with one open point, concludes on {@code notice}; returns it. */
    private Dialogue chain(LocalDate held, LocalDate notice) {
        Dialogue d = service.plan(plan(commune, DialogueKind.PERIODIC, held));
        service.recordOpinion(d.id(), before("Nguyễn Văn Một", "Đề nghị cấp giấy chứng nhận đất ở"));
        service.hold(d.id(), holding(held));
        if (notice != null) {
            service.conclude(d.id(), DialogueTestSupport.notice(service.get(d.id()), commune, notice));
        }
        return service.get(d.id());
    }

    @Test
    void beforeTetTheAnswersRunPastTheFiveDaysOfTet() {
        // 20/01/2026 (Tue) + 10 working days = 03/02/2026.
        Dialogue d = chain(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 3));
        assertThat(d.conclusion().due()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(d.conclusion().dueExplanation()).contains("20/01/2026").contains("03/02/2026")
                .contains("ngày làm việc");
        assertThat(d.conclusion().onTime()).isTrue();
        // 03/02/2026 + 30 working days, 16–20/02 off for Tết: 24/03/2026 (17/03 without Tết).
        assertThat(d.assignments()).singleElement().satisfies(a -> {
            assertThat(a.assignedOn()).isEqualTo(LocalDate.of(2026, 2, 3));
            assertThat(a.due()).isEqualTo(LocalDate.of(2026, 3, 24));
            assertThat(a.dueExplanation()).contains("03/02/2026").contains("24/03/2026");
        });
    }

    @Test
    void aroundThirtiethOfAprilTheDaysOffMoveBothLimits() {
        // 24/04/2026 (Fri); 25–27/04 Giỗ Tổ and its day off, 30/04 and 01/05 holidays: 13/05/2026.
        Dialogue d = chain(LocalDate.of(2026, 4, 24), LocalDate.of(2026, 5, 13));
        assertThat(d.conclusion().due()).isEqualTo(LocalDate.of(2026, 5, 13));
        // 13/05/2026 + 30 working days: 24/06/2026.
        assertThat(d.assignments()).singleElement()
                .satisfies(a -> assertThat(a.due()).isEqualTo(LocalDate.of(2026, 6, 24)));
    }

    @Test
    void theNewYearDaysOffAndTheMakeUpSaturdayCount() {
        // 31/12/2025 (Wed); 01/01 holiday, 02/01 day off, Saturday 10/01/2026 a make-up working day: 15/01/2026.
        Dialogue d = chain(LocalDate.of(2025, 12, 31), null);
        assertThat(d.conclusion().due()).isEqualTo(LocalDate.of(2026, 1, 15));
        // 05/01/2026 (Mon): the make-up Saturday is the 5th working day, so 16/01/2026 (19/01 without it).
        Dialogue e = chain(LocalDate.of(2026, 1, 5), null);
        assertThat(e.conclusion().due()).isEqualTo(LocalDate.of(2026, 1, 16));
    }

    @Test
    void aNoticeAfterItsDueDateIsLateAndTheAnswersCountFromTheNotice() {
        // Notice on 04/02/2026, one day after its due date; answers then run to 25/03/2026.
        Dialogue d = chain(LocalDate.of(2026, 1, 20), LocalDate.of(2026, 2, 4));
        assertThat(d.conclusion().onTime()).isFalse();
        assertThat(d.assignments()).singleElement()
                .satisfies(a -> assertThat(a.due()).isEqualTo(LocalDate.of(2026, 3, 25)));
    }
}
