package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.Cells.bool;
import static org.tiepdan.history.internal.Cells.date;
import static org.tiepdan.history.internal.Cells.enumOf;
import static org.tiepdan.history.internal.Cells.integer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.tiepdan.history.internal.ValidationRun.Ref;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.IdDocumentKind;
import org.tiepdan.reception.ReceptionHistory;
import org.tiepdan.reception.SessionKind;

/**
 * The sessions and visits sheets, checked by the reception module's own rules of manual entry
 * ({@link ReceptionHistory}): a visit is dated on its session's day (the file gives the day once),
 * and its first visit of the same matter may not come later. Its own class so that the rules of
 * one owning module read together, apart from the state of the run ({@link ValidationRun}).
 */
final class ReceptionRowChecks {

    private final ReceptionHistory reception;

    ReceptionRowChecks(ReceptionHistory reception) {
        this.reception = reception;
    }

    void session(ValidationRun run, Checked c) {
        Rec r = c.rec;
        List<ReceptionHistory.Host> hosts = new ArrayList<>();
        hosts.add(new ReceptionHistory.Host(r.get("hostCapacity"), run.unitOf(r, "hostUnit"), r.get("hostName"),
                r.get("hostAuthorisation")));
        if (r.get("host2Name") != null) {
            hosts.add(new ReceptionHistory.Host(r.get("host2Capacity"), run.unitOf(r, "host2Unit"), r.get("host2Name"),
                    r.get("host2Authorisation")));
        }
        ReceptionHistory.HistoricalSession s = new ReceptionHistory.HistoricalSession(run.unitOr0(r, "unit"),
                enumOf(SessionKind.class, r.get("kind")), date(r, "date"), r.get("place"), hosts,
                r.get("participants"));
        c.command = s;
        if (c.hasError()) {
            return;
        }
        if (run.rule(c, () -> reception.checkSession(s))) {
            run.present(c, reception.existingSession(s), "ALREADY_PRESENT.session");
        }
    }

    void visit(ValidationRun run, Checked c) {
        Rec r = c.rec;
        ReceptionHistory.HistoricalVisit v = new ReceptionHistory.HistoricalVisit(null, r.get("citizenName"),
                r.get("idNumber"), r.get("hamlet"), r.get("address"), bool(r, "delegation"), integer(r, "headcount"),
                r.get("representatives") == null ? List.of() : r.get("representatives").lines().toList(),
                r.get("content"), r.get("field"), bool(r, "complex"), bool(r, "prolonged"), bool(r, "degradation"),
                r.get("outcome"), r.get("handling"), r.get("refusalGround"), r.get("refusalNoticeNumber"),
                date(r, "refusalNoticeDate"), enumOf(IdDocumentKind.class, r.get("idKind")), r.get("matterKind"),
                r.get("newMatter") == null ? null : bool(r, "newMatter"));
        run.idDocument(c);
        Optional<Ref> parent = run.ref(c, "session");
        if (parent.isEmpty() || !run.followParent(c, parent.get())) {
            return;
        }
        Ref session = parent.get();
        // A visit is dated on its session's day: the file gives the day once, on the session.
        LocalDate day = session.row() != null ? ((ReceptionHistory.HistoricalSession) session.row().command).date()
                : null;
        ReceptionHistory.HistoricalVisit dated = withDate(v, day);
        c.command = dated;
        run.ref(c, "sameMatterAs").ifPresent(m -> {
            if (m.row() == null) {
                return;
            }
            if (m.row().row() == c.row()) {
                run.add(c, "reception-matter-self", Finding.ERROR, "sameMatterAs", List.of());
                return;
            }
            Checked matterSession = run.byKey.get(RecordType.SESSION).get(m.row().rec.get("session"));
            LocalDate first = matterSession == null ? null : date(matterSession.rec, "date");
            if (first != null && day != null && first.isAfter(day)) {
                run.add(c, "MATTER_LATER", Finding.ERROR, "sameMatterAs", List.of(m.row().row()), m.row().row(),
                        Dates.format(first));
            }
        });
        if (c.hasError()) {
            return;
        }
        if (session.row() != null && session.row().outcome == RowOutcome.NEW) {
            run.rule(c, () -> reception.checkVisit((ReceptionHistory.HistoricalSession) session.row().command, dated));
        } else if (session.id() != null) {
            if (run.rule(c, () -> reception.checkVisit(session.id(), dated))) {
                run.present(c, reception.existingVisit(session.id(), dated), "ALREADY_PRESENT.visit");
            }
        }
    }

    private static ReceptionHistory.HistoricalVisit withDate(ReceptionHistory.HistoricalVisit v, LocalDate day) {
        return new ReceptionHistory.HistoricalVisit(day, v.citizenName(), v.citizenIdNumber(), v.hamlet(), v.address(),
                v.delegation(), v.headcount(), v.representatives(), v.content(), v.fieldCode(), v.complex(),
                v.prolonged(), v.degradationRelated(), v.outcome(), v.handlingNote(), v.refusalGround(),
                v.refusalNoticeNumber(), v.refusalNoticeDate(), v.citizenIdKind(), v.matterKind(), v.newMatter());
    }
}
