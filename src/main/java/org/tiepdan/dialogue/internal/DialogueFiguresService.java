package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.dialogue.DialogueFigures;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FigureSource;

/**
 * {@link DialogueFigures}: one SQL predicate per figure over the dialogues of the unit's subtree
 * (with merged predecessors; the holding body or a host body in it) held in [from, to], their
 * opinions, and their assignments given by {@code :to}, judged as they stood at {@code :to}.
 * Assignments split exactly into on time + late + open + escalated. The same figures are the module's
 * {@link FigureSource} {@code dialogue} for the reports (codes {@link DialogueFigures#CODES}; records of
 * type {@code Dialogue}, {@code DialogueOpinion}, {@code DialogueAssignment}, each shown on its
 * dialogue's screen; an unknown code is a NOT_FOUND {@code DomainException}).
 */
@Service
class DialogueFiguresService implements DialogueFigures, FigureSource {

    static final String NAME = "dialogue";

    private record Predicate(RecordType type, String sql) {
    }

    /** Neither answered nor escalated by the end of the window. */
    private static final String OPEN_AT_TO = "(a.answered_on is null or a.answered_on > :to) "
            + "and (a.escalated_on is null or a.escalated_on > :to)";

    /** One predicate per figure: the list and the count come from the same rows. */
    static final Map<String, Predicate> PREDICATES = Map.ofEntries(
            Map.entry("dialogues.held", new Predicate(RecordType.DIALOGUE, "true")),
            Map.entry("dialogues.periodic", new Predicate(RecordType.DIALOGUE, "d.kind = 'PERIODIC'")),
            Map.entry("dialogues.adhoc", new Predicate(RecordType.DIALOGUE, "d.kind = 'AD_HOC'")),
            Map.entry("dialogues.thematic", new Predicate(RecordType.DIALOGUE, "d.kind = 'THEMATIC'")),
            Map.entry("opinions", new Predicate(RecordType.OPINION, "true")),
            Map.entry("opinions.answered", new Predicate(RecordType.OPINION, "o.answered_on_spot")),
            Map.entry("opinions.petitions", new Predicate(RecordType.OPINION, "o.petition_id is not null")),
            Map.entry("assignments", new Predicate(RecordType.ASSIGNMENT, "true")),
            Map.entry("assignments.on_time", new Predicate(RecordType.ASSIGNMENT,
                    "a.answered_on <= :to and a.answered_on <= a.due")),
            Map.entry("assignments.late", new Predicate(RecordType.ASSIGNMENT,
                    "a.answered_on <= :to and a.answered_on > a.due")),
            Map.entry("assignments.open", new Predicate(RecordType.ASSIGNMENT, OPEN_AT_TO)),
            Map.entry("assignments.overdue", new Predicate(RecordType.ASSIGNMENT, OPEN_AT_TO + " and a.due < :to")),
            Map.entry("assignments.escalated", new Predicate(RecordType.ASSIGNMENT, "a.escalated_on <= :to")));

    /** Dialogues of the units held in the window (planned and cancelled ones were never held). */
    private static final String DIALOGUES = """
            (d.unit_id = any(:units) or exists (select 1 from dialogue_host h where h.dialogue_id = d.id
                                                 and h.host_unit_id = any(:units)))
            and d.held_on between :from and :to and d.state in ('HELD', 'CONCLUDED', 'CLOSED')""";

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;

    DialogueFiguresService(JdbcClient jdbc, OrgUnitHierarchy hierarchy) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Figure> all(long unitId, LocalDate from, LocalDate to) {
        return CODES.stream().map(code -> figure(code, unitId, from, to)).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<String> codes(Query q) {
        return CODES;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Counted> records(String code, Query q) {
        return figure(code, q.units(), q.from(), q.to()).refs().stream()
                .map(r -> new Counted(type(r.type()), r.id(), r.unitId(), r.heldOn(), 1, "/dialogues/" + r.dialogueId()))
                .toList();
    }

    private static String type(RecordType type) {
        return switch (type) {
            case DIALOGUE -> "Dialogue";
            case OPINION -> "DialogueOpinion";
            case ASSIGNMENT -> "DialogueAssignment";
        };
    }

    @Override
    @Transactional(readOnly = true)
    public Figure figure(String code, long unitId, LocalDate from, LocalDate to) {
        return figure(code, hierarchy.subtreeWithPredecessors(unitId), from, to);
    }

    private Figure figure(String code, List<Long> units, LocalDate from, LocalDate to) {
        Predicate p = PREDICATES.get(code);
        if (p == null) {
            throw DomainException.notFound("dialogue-figure-unknown", code);
        }
        if (from == null || to == null || to.isBefore(from)) {
            throw DomainException.invalid("dialogue-figure-window", "to");
        }
        String sql = switch (p.type()) {
            case DIALOGUE -> "select d.id, d.id, d.unit_id, d.held_on from dialogue d where " + DIALOGUES;
            case OPINION -> "select o.id, d.id, d.unit_id, d.held_on from dialogue_opinion o join dialogue d on d.id = o.dialogue_id "
                    + "where " + DIALOGUES;
            case ASSIGNMENT -> "select a.id, d.id, d.unit_id, d.held_on from dialogue_assignment a "
                    + "join dialogue d on d.id = a.dialogue_id where " + DIALOGUES + " and a.assigned_on <= :to";
        };
        List<Ref> refs = jdbc.sql(sql + " and (" + p.sql() + ") order by 1")
                .param("units", units.toArray(Long[]::new)).param("from", from).param("to", to)
                .query((rs, i) -> new Ref(p.type(), rs.getLong(1), rs.getLong(2), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).list();
        return new Figure(code, refs);
    }
}
