package org.tiepdan.dialogue.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tiepdan.dialogue.internal.DialogueTestSupport.*;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tiepdan.FullStackTest;
import org.tiepdan.dialogue.DialogueFigures;
import org.tiepdan.dialogue.DialogueFigures.Figure;
import org.tiepdan.dialogue.DialogueFigures.RecordType;
import org.tiepdan.dialogue.DialogueFigures.Ref;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;

/**
 * The figures the reports module reads, on known records of a fresh commune: for each code the list
 * and the count agree and name exactly the records expected; assignments split into on time, late,
 * open and escalated as they stood at the end of the window; compliance against the local minimum.
 */
@FullStackTest
class DialogueFiguresTest {

    static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    static final LocalDate TO = LocalDate.of(2026, 9, 30);

    @Autowired
    DialogueService service;
    @Autowired
    DialogueFigures figures;
    @Autowired
    DialogueQueries queries;
    @Autowired
    OrgUnits units;

    Commune commune;
    long periodic;
    long adHoc;
    Map<String, Long> points;
    Map<String, Long> assignments;

    @BeforeEach
    void setUp() {
        commune = commune(units);
        signIn(commune);
        // D1: periodic, held 10/03/2026, six points ending six ways; conclusion 17/03/2026.
        Dialogue d1 = service.plan(plan(commune, DialogueKind.PERIODIC, LocalDate.of(2026, 3, 10)));
        periodic = d1.id();
        service.recordOpinion(periodic, before("Công Dân Một", "điểm trên đúng hạn"));
        service.recordOpinion(periodic, before("Công Dân Hai", "điểm trễ hạn"));
        service.recordOpinion(periodic, before("Công Dân Ba", "điểm vượt thẩm quyền"));
        DialogueOpinion petition = service.recordOpinion(periodic, before("Công Dân Bốn", "điểm thành đơn"));
        service.turnIntoPetition(periodic, petition.id());
        service.hold(periodic, holding(LocalDate.of(2026, 3, 10)));
        service.recordOpinion(periodic, at("Công Dân Năm", "điểm còn mở"));
        service.recordOpinion(periodic, atAnswered("Công Dân Sáu", "điểm trả lời tại chỗ"));
        service.conclude(periodic, notice(service.get(periodic), commune, LocalDate.of(2026, 3, 17)));
        Dialogue concluded = service.get(periodic);
        points = concluded.opinions().stream().collect(Collectors.toMap(DialogueOpinion::content,
                DialogueOpinion::id));
        assignments = concluded.assignments().stream().collect(Collectors.toMap(a -> a.opinion().content(),
                Assignment::id));
        // Due 30 working days after 17/03/2026, i.e. in early May: 10/04 on time, 15/06 late.
        service.answer(periodic, assignments.get("điểm trên đúng hạn"),
                new Assignment.Answer(LocalDate.of(2026, 4, 10), "10/UBND", "Đã xử lý"));
        service.answer(periodic, assignments.get("điểm trễ hạn"),
                new Assignment.Answer(LocalDate.of(2026, 6, 15), "20/UBND", "Đã xử lý muộn"));
        service.escalate(periodic, assignments.get("điểm vượt thẩm quyền"), new Assignment.Escalation(
                LocalDate.of(2026, 4, 20), "Ủy ban nhân dân tỉnh Hà Tĩnh", "thuộc thẩm quyền của tỉnh", null));

        // D2: ad hoc, held 05/05/2026, one point answered on the spot, not concluded.
        adHoc = service.plan(plan(commune, DialogueKind.AD_HOC, LocalDate.of(2026, 5, 5))).id();
        service.hold(adHoc, holding(LocalDate.of(2026, 5, 5)));
        service.recordOpinion(adHoc, atAnswered("Công Dân Bảy", "điểm đột xuất"));

        // Never counted: planned and never held, cancelled, held before the window.
        long planned = service.plan(plan(commune, DialogueKind.THEMATIC, LocalDate.of(2026, 4, 1))).id();
        service.recordOpinion(planned, before("Công Dân Tám", "điểm của cuộc chưa tổ chức"));
        long cancelled = service.plan(plan(commune, DialogueKind.THEMATIC, LocalDate.of(2026, 6, 1))).id();
        service.cancel(cancelled, "Trùng lịch");
        long lastYear = service.plan(plan(commune, DialogueKind.PERIODIC, LocalDate.of(2025, 12, 10))).id();
        service.hold(lastYear, holding(LocalDate.of(2025, 12, 10)));
    }

    @AfterEach
    void tearDown() {
        signOut();
    }

    private Map<String, Figure> all(long unit, LocalDate from, LocalDate to) {
        return figures.all(unit, from, to).stream().collect(Collectors.toMap(Figure::code, f -> f));
    }

    private static Set<Long> ids(Figure f) {
        return f.refs().stream().map(Ref::id).collect(Collectors.toSet());
    }

    private Set<Long> points(String... contents) {
        return Set.of(contents).stream().map(points::get).collect(Collectors.toSet());
    }

    private Set<Long> assignments(String... contents) {
        return Set.of(contents).stream().map(assignments::get).collect(Collectors.toSet());
    }

    @Test
    void eachFigureListsExactlyTheRecordsBehindIt() {
        Map<String, Figure> f = all(commune.area().id(), FROM, TO);
        assertThat(f.keySet()).containsExactlyInAnyOrderElementsOf(DialogueFigures.CODES);
        for (Figure figure : f.values()) {
            assertThat(figure.count()).as(figure.code()).isEqualTo(figure.refs().size());
            assertThat(figure).as("one code, one predicate").isEqualTo(
                    figures.figure(figure.code(), commune.area().id(), FROM, TO));
        }
        assertThat(ids(f.get("dialogues.held"))).containsExactlyInAnyOrder(periodic, adHoc);
        assertThat(ids(f.get("dialogues.periodic"))).containsExactly(periodic);
        assertThat(ids(f.get("dialogues.adhoc"))).containsExactly(adHoc);
        assertThat(f.get("dialogues.thematic").count()).isZero();
        assertThat(f.get("dialogues.held").refs()).allSatisfy(r -> {
            assertThat(r.type()).isEqualTo(RecordType.DIALOGUE);
            assertThat(r.unitId()).isEqualTo(commune.party().id());
            assertThat(r.dialogueId()).isEqualTo(r.id());
        });

        assertThat(f.get("opinions").count()).isEqualTo(7);
        assertThat(ids(f.get("opinions"))).containsAll(points.values());
        assertThat(f.get("opinions").refs()).allSatisfy(r -> assertThat(r.type()).isEqualTo(RecordType.OPINION));
        assertThat(f.get("opinions.answered").count()).isEqualTo(2);
        assertThat(ids(f.get("opinions.answered"))).contains(points.get("điểm trả lời tại chỗ"));
        assertThat(ids(f.get("opinions.petitions"))).containsExactly(points.get("điểm thành đơn"));

        assertThat(ids(f.get("assignments"))).containsExactlyInAnyOrderElementsOf(assignments.values());
        assertThat(ids(f.get("assignments.on_time"))).isEqualTo(assignments("điểm trên đúng hạn"));
        assertThat(ids(f.get("assignments.late"))).isEqualTo(assignments("điểm trễ hạn"));
        assertThat(ids(f.get("assignments.escalated"))).isEqualTo(assignments("điểm vượt thẩm quyền"));
        assertThat(ids(f.get("assignments.open"))).isEqualTo(assignments("điểm còn mở"));
        assertThat(ids(f.get("assignments.overdue"))).isEqualTo(assignments("điểm còn mở"));
        assertThat(f.get("assignments.on_time").refs()).allSatisfy(r -> {
            assertThat(r.type()).isEqualTo(RecordType.ASSIGNMENT);
            assertThat(r.dialogueId()).isEqualTo(periodic);
        });
        assertPartition(f);
    }

    @Test
    void assignmentsAreJudgedAsTheyStoodAtTheEndOfTheWindow() {
        // 15/04/2026: one answered on time; the late answer and the escalation had not happened yet.
        Map<String, Figure> april = all(commune.area().id(), FROM, LocalDate.of(2026, 4, 15));
        assertThat(ids(april.get("assignments.on_time"))).isEqualTo(assignments("điểm trên đúng hạn"));
        assertThat(april.get("assignments.late").count()).isZero();
        assertThat(april.get("assignments.escalated").count()).isZero();
        assertThat(ids(april.get("assignments.open")))
                .isEqualTo(assignments("điểm trễ hạn", "điểm vượt thẩm quyền", "điểm còn mở"));
        assertThat(april.get("assignments.overdue").count()).as("none past due on 15/04").isZero();
        assertThat(ids(april.get("dialogues.held"))).containsExactly(periodic);
        assertPartition(april);

        // 16/03/2026: held, but the conclusion notice (17/03) had assigned nothing yet.
        Map<String, Figure> march = all(commune.area().id(), FROM, LocalDate.of(2026, 3, 16));
        assertThat(march.get("assignments").count()).isZero();
        assertThat(march.get("opinions").count()).isEqualTo(6);
    }

    @Test
    void theSubtreeCountsACoHostAndNothingElse() {
        Map<String, Figure> committee = all(commune.committee().id(), FROM, TO);
        assertThat(ids(committee.get("dialogues.held"))).as("co-host of the joint dialogues")
                .containsExactlyInAnyOrder(periodic, adHoc);
        long province = units.findAreaByCode("42").orElseThrow().id();
        long elsewhere = units.create(new NewOrgUnit("Xã Không Liên Quan " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1))).id();
        assertThat(all(elsewhere, FROM, TO).values()).allSatisfy(f -> assertThat(f.count()).isZero());
        assertThatThrownBy(() -> figures.figure("dialogues.unknown", commune.area().id(), FROM, TO))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> figures.all(commune.area().id(), TO, FROM))
                .hasFieldOrPropertyWithValue("code", "dialogue-figure-window");
    }

    @Test
    void complianceComparesPeriodicDialoguesHeldWithTheProvincesMinimum() {
        // 2025: one periodic dialogue held (10/12/2025) against two a year, and the year is over.
        List<DialogueQueries.ComplianceRow> rows = queries.compliance(commune.area().id(), 2025, LocalDate.of(2026, 1, 5));
        assertThat(rows).extracting(DialogueQueries.ComplianceRow::bodyId)
                .containsExactlyInAnyOrder(commune.party().id(), commune.committee().id());
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.minimum()).map(DialogueQueries.Minimum::perYear).contains(2);
            assertThat(r.count()).isEqualTo(1);
            assertThat(r.status()).isEqualTo("SHORT");
        });
        // 2026 while the year runs: one periodic held (the ad hoc one does not count), pending.
        assertThat(queries.compliance(commune.area().id(), 2026, LocalDate.of(2026, 6, 1)))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("PENDING"));
        long second = service.plan(plan(commune, DialogueKind.PERIODIC, LocalDate.of(2026, 9, 15))).id();
        service.hold(second, holding(LocalDate.of(2026, 9, 15)));
        assertThat(queries.compliance(commune.area().id(), 2026, LocalDate.of(2026, 10, 1)))
                .allSatisfy(r -> {
                    assertThat(r.count()).isEqualTo(2);
                    assertThat(r.status()).isEqualTo("MET");
                });
        // A commune outside any province has no local rule.
        long orphan = units.create(new NewOrgUnit("Xã Ngoài Tỉnh " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, null, null, LocalDate.of(2019, 1, 1))).id();
        units.setUpStandardBodies(orphan);
        assertThat(queries.compliance(orphan, 2026, LocalDate.of(2026, 10, 1)))
                .allSatisfy(r -> assertThat(r.status()).isEqualTo("NO_RULE"));
    }

    /** Every assignment is in exactly one of on time, late, open and escalated. */
    private static void assertPartition(Map<String, Figure> f) {
        Set<Long> union = new HashSet<>();
        int sum = 0;
        for (String code : List.of("assignments.on_time", "assignments.late", "assignments.open",
                "assignments.escalated")) {
            union.addAll(ids(f.get(code)));
            sum += f.get(code).count();
        }
        assertThat(sum).isEqualTo(f.get("assignments").count());
        assertThat(union).isEqualTo(ids(f.get("assignments")));
        assertThat(ids(f.get("assignments.open"))).containsAll(ids(f.get("assignments.overdue")));
    }
}
