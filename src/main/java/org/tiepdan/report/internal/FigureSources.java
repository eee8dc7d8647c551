package org.tiepdan.report.internal;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.oversight.OversightRecords;
import org.tiepdan.oversight.ReportCell;
import org.tiepdan.petition.PetitionFigures;
import org.tiepdan.reception.ReceptionFigures;

/**
 * Asks the modules that own the records for the figures behind cells: totals per unit for the
 * report (counted in the database by the owner's predicate), and the records for a drill-down
 * (the same predicate, listed). Nothing here counts on its own.
 */
@Component
class FigureSources {

    /** What a report is asked for: a unit with its subtree, an inclusive window, a topic (null: any). */
    static final class Query {
        final long unitId;
        final LocalDate from;
        final LocalDate to;
        final String topic;
        private final Map<Origin, List<ReportCell>> oversightCells = new EnumMap<>(Origin.class);

        Query(long unitId, ReportWindow window, String topic) {
            this.unitId = unitId;
            this.from = window.from();
            this.to = window.to();
            this.topic = topic;
        }
    }

    private final ReceptionFigures reception;
    private final PetitionFigures petitions;
    private final OversightCounts oversight;
    private final OversightRecords oversightRecords;
    private final ObjectProvider<DialogueSource> dialogues;
    private final IdentityVault identity;
    private final OrgUnitHierarchy hierarchy;

    FigureSources(ReceptionFigures reception, PetitionFigures petitions, OversightCounts oversight,
            OversightRecords oversightRecords, ObjectProvider<DialogueSource> dialogues, IdentityVault identity,
            OrgUnitHierarchy hierarchy) {
        this.identity = identity;
        this.hierarchy = hierarchy;
        this.reception = reception;
        this.petitions = petitions;
        this.oversight = oversight;
        this.oversightRecords = oversightRecords;
        this.dialogues = dialogues;
    }

    /** False for the dialogue figures while no dialogue module answers them. */
    boolean available(Origin origin) {
        return origin != Origin.DIALOGUE || dialogues.getIfAvailable() != null;
    }

    /** For each source code, the total per unit holding the records. */
    Map<String, Map<Long, Long>> totals(Origin origin, Collection<String> codes, Query q) {
        return switch (origin) {
            case RECEPTION -> reception.totalsByUnit(codes, q.unitId, q.from, q.to);
            case PETITION -> petitions.countsByUnit(codes, q.unitId, q.from, q.to);
            case APPENDIX1, APPENDIX3, DIALOGUE -> {
                Map<String, Map<Long, Long>> totals = new LinkedHashMap<>();
                for (String code : codes) {
                    Map<Long, Long> byUnit = new LinkedHashMap<>();
                    rows(origin, code, q).forEach(r -> byUnit.merge(r.unitId(), r.weight(), Long::sum));
                    totals.put(code, byUnit);
                }
                yield totals;
            }
        };
    }

    /** The records behind one figure. */
    List<Ref> rows(Origin origin, String code, Query q) {
        return switch (origin) {
            case RECEPTION -> reception.rows(code, q.unitId, q.from, q.to).stream()
                    .map(r -> new Ref(r.recordType(), r.id(), r.unitId(), r.date(), r.weight())).toList();
            case PETITION -> petitions.rows(code, q.unitId, q.from, q.to).stream()
                    .map(r -> new Ref(r.recordType(), r.id(), r.unitId(), r.date(), 1)).toList();
            case APPENDIX1, APPENDIX3 -> oversightCells(origin, q).stream().filter(c -> c.code().equals(code)).findFirst()
                    .map(cell -> oversightRecords.held(cell).stream()
                            .map(h -> new Ref(h.recordType(), h.id(), h.unitId(), h.date(), h.weight(), h.path()))
                            .toList())
                    .orElse(List.of());
            case DIALOGUE -> {
                DialogueSource source = dialogues.getIfAvailable();
                yield source == null ? List.of() : source.rows(code, q.unitId, q.from, q.to);
            }
        };
    }

    /** The cells of Phụ lục 1 or 3 as the oversight module computes them (asked once per query). */
    List<ReportCell> oversightCells(Origin origin, Query q) {
        return q.oversightCells.computeIfAbsent(origin, o -> o == Origin.APPENDIX1
                ? oversight.appendix1(q.unitId, q.from, q.to, q.topic)
                : oversight.appendix3(q.unitId, q.from, q.to, q.topic));
    }

    /** Petition-abuse handling decisions (Đề cương II.2.3). */
    List<Ref> petitionAbuse(Query q) {
        return oversightRecords.petitionAbuse(q.unitId, q.from, q.to).stream()
                .map(h -> new Ref(h.recordType(), h.id(), h.unitId(), h.date(), h.weight(), h.path())).toList();
    }

    /** Petition-abuse handling decisions by measure (code {@code abuse.<AbuseMeasure>} to count). */
    Map<String, Long> petitionAbuseByMeasure(Query q) {
        Map<String, Long> out = new LinkedHashMap<>();
        oversight.petitionAbuse(q.unitId, q.from, q.to).stream().filter(c -> c.code().startsWith("abuse."))
                .forEach(c -> out.put(c.code().substring("abuse.".length()), c.value()));
        return out;
    }

    /** Protection measures recorded for petitioners in the window (counts only: the measures are sealed). */
    IdentityVault.ProtectionCount protections(Query q) {
        return identity.protectionsRecorded(hierarchy.subtreeWithPredecessors(q.unitId), q.from, q.to);
    }

    /** On-time share of settled cases (Đề cương II.2.2): settled and of them on time. */
    PetitionFigures.OnTimeShare onTimeShare(Query q) {
        return petitions.onTimeShare(q.unitId, q.from, q.to);
    }
}
