package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.Cells.date;
import static org.tiepdan.history.internal.Cells.enumOf;
import static org.tiepdan.history.internal.Cells.integer;

import java.util.List;
import java.util.Optional;

import org.tiepdan.history.internal.ValidationRun.Ref;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.OversightHistory;
import org.tiepdan.oversight.ViolationSeverity;

/**
 * The inspections, violations and outreach sheets, checked by the oversight module's rules
 * ({@link OversightHistory}): a violation is checked with its inspection, and follows its fate. Its
 * own class so that each owning module's rules read together, apart from the state of the run
 * ({@link ValidationRun}).
 */
final class OversightRowChecks {

    private final OversightHistory oversight;

    OversightRowChecks(OversightHistory oversight) {
        this.oversight = oversight;
    }

    void inspection(ValidationRun run, Checked c) {
        Rec r = c.rec;
        List<Long> bodies = r.get("bodies") == null ? List.of()
                : r.get("bodies").lines().map(run.units::named).filter(l -> l.size() == 1).map(l -> l.get(0).id())
                        .toList();
        OversightHistory.HistoricalInspection i = new OversightHistory.HistoricalInspection(run.unitOr0(r, "unit"),
                enumOf(InspectionKind.class, r.get("kind")), enumOf(InspectionMode.class, r.get("mode")),
                r.get("topic"), r.get("title"), date(r, "startedOn"), date(r, "endedOn"), bodies, r.get("findings"));
        c.command = i;
        if (c.hasError()) {
            return;
        }
        if (run.rule(c, () -> oversight.checkInspection(i))) {
            run.present(c, oversight.existingInspection(i), "ALREADY_PRESENT.inspection");
        }
    }

    void violation(ValidationRun run, Checked c) {
        Rec r = c.rec;
        HeadRole role = enumOf(HeadRole.class, r.get("headRole"));
        if (r.get("headRole") == null) {
            // Optional in old files: recorded as OTHER (not counted in Phụ lục 3 row 4), and said so.
            run.add(c, "HEAD_ROLE_MISSING", Finding.WARNING, "headRole", List.of());
        }
        OversightHistory.HistoricalViolation v = new OversightHistory.HistoricalViolation(r.get("headName"),
                r.get("headTitle"), run.unitOf(r, "headUnit"), role, r.get("description"),
                enumOf(ViolationSeverity.class, r.get("severity")), r.get("disciplineForm"), date(r, "disciplinedOn"));
        c.command = v;
        Optional<Ref> parent = run.ref(c, "inspection");
        if (parent.isEmpty() || !run.followParent(c, parent.get())) {
            return;
        }
        Checked inspection = parent.get().row();
        if (inspection == null || inspection.outcome != RowOutcome.NEW) {
            run.skipWithParent(c, inspection);
            return;
        }
        if (!c.hasError()) {
            run.rule(c, () -> oversight.checkViolation((OversightHistory.HistoricalInspection) inspection.command, v));
        }
    }

    void outreach(ValidationRun run, Checked c) {
        Rec r = c.rec;
        OversightHistory.HistoricalOutreach o = new OversightHistory.HistoricalOutreach(run.unitOr0(r, "unit"),
                enumOf(OutreachKind.class, r.get("kind")), date(r, "heldOn"), r.get("title"), r.get("topic"),
                integer(r, "participants") == null ? 0 : integer(r, "participants"),
                integer(r, "materials") == null ? 0 : integer(r, "materials"));
        c.command = o;
        if (!c.hasError() && run.rule(c, () -> oversight.checkOutreach(o))) {
            run.present(c, oversight.existingOutreach(o), "ALREADY_PRESENT.outreach");
        }
    }
}
