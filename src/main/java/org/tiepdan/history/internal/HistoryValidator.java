package org.tiepdan.history.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.document.DocumentHistory;
import org.tiepdan.dialogue.DialogueHistory;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.OutreachKind;
import org.tiepdan.oversight.OversightHistory;
import org.tiepdan.oversight.ViolationSeverity;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionHistory;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocument;
import org.tiepdan.platform.IdDocumentKind;
import org.tiepdan.reception.ReceptionHistory;
import org.tiepdan.reception.SessionKind;

/**
 * Checks a bundle for one unit, row by row, with the rules of manual entry (each owning module's
 * history writer runs them) and the file's own rules: required fields, real dates, known units and
 * codes, unique keys, references that resolve, and what was imported or entered before. Writes nothing.
 */
@Component
class HistoryValidator {

    private final Vocabulary vocabulary;
    private final UnitDirectory directory;
    private final HistoryRecords records;
    private final ReceptionHistory reception;
    private final PetitionHistory petitions;
    private final OversightHistory oversight;
    private final DocumentHistory documents;
    private final ObjectProvider<DialogueHistory> dialogues;
    private final DeadlineRules deadlines;
    private final Clock clock;

    HistoryValidator(Vocabulary vocabulary, UnitDirectory directory, HistoryRecords records,
            ReceptionHistory reception, PetitionHistory petitions, OversightHistory oversight,
            DocumentHistory documents, ObjectProvider<DialogueHistory> dialogues, DeadlineRules deadlines,
            Clock clock) {
        this.vocabulary = vocabulary;
        this.directory = directory;
        this.records = records;
        this.reception = reception;
        this.petitions = petitions;
        this.oversight = oversight;
        this.documents = documents;
        this.dialogues = dialogues;
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** Whether dialogue rows can be imported (the dialogue module provides its writer). */
    boolean dialoguesAvailable() {
        return dialogues.getIfAvailable() != null;
    }

    Validation validate(long unitId, Bundle bundle, Set<String> excluded, Consumer<Integer> progress) {
        Run run = new Run(unitId, directory.of(unitId));
        List<Checked> rows = bundle.records().stream().map(Checked::new).toList();
        rows.forEach(c -> {
            run.structure(c);
            if (excluded.contains(c.type().name() + ":" + c.row())) {
                c.outcome = RowOutcome.EXCLUDED;
            }
        });
        run.keys(rows);
        int done = 0;
        for (RecordType type : RecordType.values()) {
            for (Checked c : rows) {
                if (c.type() == type) {
                    run.domain(c);
                    if (++done % 25 == 0) {
                        progress.accept(done);
                    }
                }
            }
            if (type == RecordType.ASSIGNMENT) {
                run.dialogues();
            }
            if (type == RecordType.DOCUMENT) {
                run.documents();
            }
        }
        for (Checked c : rows) {
            if (c.outcome == RowOutcome.NEW && c.hasError()) {
                c.outcome = RowOutcome.REJECTED;
            }
        }
        run.optionalLinks(rows);
        progress.accept(rows.size());
        return new Validation(rows);
    }

    static String hashKey(Rec rec) {
        String identity = rec.type().identity().stream().map(f -> Fold.fold(rec.get(f)))
                .collect(Collectors.joining("|"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((rec.type() + "|" + identity)
                    .getBytes(StandardCharsets.UTF_8));
            return "#" + HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The state of one validation. */
    private final class Run {
        final long unitId;
        final UnitDirectory.Units units;
        final Map<RecordType, Map<String, Checked>> byKey = new EnumMap<>(RecordType.class);
        final Map<RecordType, Map<String, Long>> imported = new EnumMap<>(RecordType.class);

        Run(long unitId, UnitDirectory.Units units) {
            this.unitId = unitId;
            this.units = units;
        }

        // --- the file's own rules ---------------------------------------------------------------

        void structure(Checked c) {
            for (FieldDef def : c.type().fields()) {
                String value = c.rec.get(def.name());
                if (value == null) {
                    if (def.required() && !def.name().equals("key")) {
                        add(c, "MISSING_FIELD", Finding.ERROR, def.name(), List.of(), label(c.type(), def));
                    }
                    continue;
                }
                switch (def.kind()) {
                    case DATE -> {
                        if (parseDate(value) == null) {
                            add(c, "INVALID_DATE", Finding.ERROR, def.name(), List.of(), label(c.type(), def), value);
                        }
                    }
                    case INT -> {
                        if (!value.matches("^\\d{1,6}$")) {
                            add(c, "INVALID_NUMBER", Finding.ERROR, def.name(), List.of(), label(c.type(), def), value);
                        }
                    }
                    case BOOL -> {
                        if (!value.equals("true") && !value.equals("false")) {
                            add(c, "INVALID_VALUE", Finding.ERROR, def.name(), List.of(), label(c.type(), def), value,
                                    String.join(", ", vocabulary.options("bool").values()));
                        }
                    }
                    case ENUM -> {
                        if (!vocabulary.accepts(def.list(), value)) {
                            add(c, "INVALID_VALUE", Finding.ERROR, def.name(), List.of(), label(c.type(), def), value,
                                    String.join(", ", vocabulary.options(def.list()).values()));
                        }
                    }
                    case UNIT -> unit(c, def, value);
                    case UNITS -> value.lines().forEach(v -> unit(c, def, v));
                    default -> {
                    }
                }
            }
        }

        private Long unit(Checked c, FieldDef def, String name) {
            List<OrgUnitView> found = units.named(name);
            if (found.isEmpty()) {
                add(c, "UNKNOWN_UNIT", Finding.ERROR, def.name(), List.of(), name, units.root().name());
                return null;
            }
            if (found.size() > 1) {
                add(c, "AMBIGUOUS_UNIT", Finding.ERROR, def.name(), List.of(), name);
                return null;
            }
            return found.get(0).id();
        }

        void keys(List<Checked> rows) {
            for (RecordType type : RecordType.values()) {
                imported.put(type, records.keys(unitId, type));
                byKey.put(type, new LinkedHashMap<>());
            }
            Map<String, List<Checked>> same = new LinkedHashMap<>();
            for (Checked c : rows) {
                String declared = c.rec.get("key");
                if (declared == null && c.type().keyRequired()) {
                    add(c, "KEY_REQUIRED", Finding.ERROR, "key", List.of(), label(c.type(), c.type().field("key").orElseThrow()));
                }
                c.key = declared != null ? declared : hashKey(c.rec);
                same.computeIfAbsent(c.type() + "|" + c.key, k -> new ArrayList<>()).add(c);
            }
            for (List<Checked> group : same.values()) {
                Checked first = group.get(0);
                byKey.get(first.type()).put(first.key, first);
                if (group.size() > 1) {
                    for (Checked c : group) {
                        List<Integer> others = group.stream().filter(o -> o != c).map(Checked::row).toList();
                        add(c, "DUPLICATE_KEY", Finding.ERROR, "key", others, c.key,
                                others.stream().map(String::valueOf).collect(Collectors.joining(", ")));
                    }
                }
            }
            for (Checked c : rows) {
                Long id = imported.get(c.type()).get(c.key);
                if (id != null && c.outcome != RowOutcome.EXCLUDED) {
                    c.outcome = RowOutcome.ALREADY_IMPORTED;
                    c.existingId = id;
                    c.findings.removeIf(f -> !f.code().equals("DUPLICATE_KEY"));
                    add(c, "ALREADY_IMPORTED", Finding.INFO, "key", List.of(), c.key);
                }
            }
        }

        /** A visit's first visit of the matter, a petition's visit: when that row is not written, the link is dropped. */
        void optionalLinks(List<Checked> rows) {
            for (Checked c : rows) {
                String field = c.type() == RecordType.VISIT ? "sameMatterAs" : c.type() == RecordType.PETITION ? "visit" : null;
                if (field == null || c.outcome != RowOutcome.NEW || c.rec.get(field) == null) {
                    continue;
                }
                Checked target = byKey.get(RecordType.VISIT).get(c.rec.get(field));
                if (target != null && !target.usable()) {
                    add(c, "LINK_DROPPED", Finding.WARNING, field, List.of(target.row()), target.row());
                }
            }
        }

        // --- references ---------------------------------------------------------------------------

        /** The row (or earlier import) a REF field points to; empty with an ERROR when it does not resolve. */
        Optional<Ref> ref(Checked c, String field) {
            String key = c.rec.get(field);
            if (key == null) {
                return Optional.empty();
            }
            RecordType target = c.type().field(field).orElseThrow().refType();
            Checked row = byKey.get(target).get(key);
            if (row != null) {
                return Optional.of(new Ref(row, row.existingId));
            }
            Long id = imported.get(target).get(key);
            if (id != null) {
                return Optional.of(new Ref(null, id));
            }
            add(c, "UNKNOWN_REFERENCE", Finding.ERROR, field, List.of(), key, vocabulary.text("history.sheet." + target));
            return Optional.empty();
        }

        /** Takes the parent's fate: left out with it, blocked by its errors, skipped when it is skipped. */
        boolean followParent(Checked c, Ref parent) {
            if (parent.row() == null) {
                return true;
            }
            Checked p = parent.row();
            switch (p.outcome) {
                case EXCLUDED -> {
                    c.outcome = RowOutcome.EXCLUDED;
                    add(c, "PARENT_EXCLUDED", Finding.INFO, null, List.of(p.row()), p.row());
                    return false;
                }
                case REJECTED -> {
                    add(c, "PARENT_REJECTED", Finding.ERROR, null, List.of(p.row()), p.row());
                    return false;
                }
                case UNAVAILABLE -> {
                    c.outcome = RowOutcome.UNAVAILABLE;
                    return false;
                }
                default -> {
                    if (p.outcome == RowOutcome.NEW && p.hasError()) {
                        add(c, "PARENT_REJECTED", Finding.ERROR, null, List.of(p.row()), p.row());
                        return false;
                    }
                    return true;
                }
            }
        }

        // --- the owning modules' rules ------------------------------------------------------------

        void domain(Checked c) {
            if (c.outcome != RowOutcome.NEW) {
                return;
            }
            switch (c.type()) {
                case SESSION -> session(c);
                case VISIT -> visit(c);
                case PETITION -> petition(c);
                case DIALOGUE, OPINION, ASSIGNMENT -> dialoguePart(c);
                case INSPECTION -> inspection(c);
                case VIOLATION -> violation(c);
                case OUTREACH -> outreach(c);
                case DOCUMENT -> {
                }
            }
            if (c.outcome == RowOutcome.NEW && c.hasError()) {
                c.outcome = RowOutcome.REJECTED;
            }
        }

        private void session(Checked c) {
            Rec r = c.rec;
            List<ReceptionHistory.Host> hosts = new ArrayList<>();
            hosts.add(new ReceptionHistory.Host(r.get("hostCapacity"), unitOf(r, "hostUnit"), r.get("hostName"),
                    r.get("hostAuthorisation")));
            if (r.get("host2Name") != null) {
                hosts.add(new ReceptionHistory.Host(r.get("host2Capacity"), unitOf(r, "host2Unit"), r.get("host2Name"),
                        r.get("host2Authorisation")));
            }
            ReceptionHistory.HistoricalSession s = new ReceptionHistory.HistoricalSession(unitOr0(r, "unit"),
                    enumOf(SessionKind.class, r.get("kind")), date(r, "date"), r.get("place"), hosts,
                    r.get("participants"));
            c.command = s;
            if (c.hasError()) {
                return;
            }
            if (rule(c, () -> reception.checkSession(s))) {
                present(c, reception.existingSession(s), "ALREADY_PRESENT.session");
            }
        }

        private void visit(Checked c) {
            Rec r = c.rec;
            ReceptionHistory.HistoricalVisit v = new ReceptionHistory.HistoricalVisit(null, r.get("citizenName"),
                    r.get("idNumber"), r.get("hamlet"), r.get("address"), bool(r, "delegation"), integer(r, "headcount"),
                    r.get("representatives") == null ? List.of() : r.get("representatives").lines().toList(),
                    r.get("content"), r.get("field"), bool(r, "complex"), bool(r, "prolonged"), bool(r, "degradation"),
                    r.get("outcome"), r.get("handling"), r.get("refusalGround"), r.get("refusalNoticeNumber"),
                    date(r, "refusalNoticeDate"), enumOf(IdDocumentKind.class, r.get("idKind")), r.get("matterKind"),
                    r.get("newMatter") == null ? null : bool(r, "newMatter"));
            idDocument(c);
            Optional<Ref> parent = ref(c, "session");
            if (parent.isEmpty() || !followParent(c, parent.get())) {
                return;
            }
            Ref session = parent.get();
            // A visit is dated on its session's day: the file gives the day once, on the session.
            LocalDate day = session.row() != null ? ((ReceptionHistory.HistoricalSession) session.row().command).date()
                    : null;
            ReceptionHistory.HistoricalVisit dated = withDate(v, day);
            c.command = dated;
            ref(c, "sameMatterAs").ifPresent(m -> {
                if (m.row() == null) {
                    return;
                }
                if (m.row().row() == c.row()) {
                    add(c, "reception-matter-self", Finding.ERROR, "sameMatterAs", List.of());
                    return;
                }
                Checked matterSession = byKey.get(RecordType.SESSION).get(m.row().rec.get("session"));
                LocalDate first = matterSession == null ? null : date(matterSession.rec, "date");
                if (first != null && day != null && first.isAfter(day)) {
                    add(c, "MATTER_LATER", Finding.ERROR, "sameMatterAs", List.of(m.row().row()), m.row().row(),
                            Dates.format(first));
                }
            });
            if (c.hasError()) {
                return;
            }
            if (session.row() != null && session.row().outcome == RowOutcome.NEW) {
                rule(c, () -> reception.checkVisit((ReceptionHistory.HistoricalSession) session.row().command, dated));
            } else if (session.id() != null) {
                if (rule(c, () -> reception.checkVisit(session.id(), dated))) {
                    present(c, reception.existingVisit(session.id(), dated), "ALREADY_PRESENT.visit");
                }
            }
        }

        private void petition(Checked c) {
            Rec r = c.rec;
            PetitionHistory.HistoricalPetition p = new PetitionHistory.HistoricalPetition(unitOr0(r, "unit"),
                    enumOf(Channel.class, r.get("channel")), date(r, "receivedOn"), r.get("senderBody"),
                    r.get("dispatchNumber"), date(r, "dispatchDate"), null, r.get("content"), r.get("petitioner"),
                    r.get("idNumber"), r.get("address"), integer(r, "headcount") == null ? 1 : integer(r, "headcount"),
                    enumOf(PetitionKind.class, r.get("kind")), r.get("field"),
                    enumOf(Competence.class, r.get("competence")), bool(r, "complex"), bool(r, "prolonged"),
                    bool(r, "degradation"), bool(r, "incited"), enumOf(PetitionHistory.Decision.class, r.get("decision")),
                    date(r, "decidedOn"), r.get("decisionDocument"), r.get("reason"), r.get("otherBody"),
                    date(r, "directionDueOn"), date(r, "resolvedOn"), r.get("resolutionDocument"), r.get("result"),
                    date(r, "cameBackOn"), enumOf(IdDocumentKind.class, r.get("idKind")),
                    r.get("newMatter") == null ? null : bool(r, "newMatter"), r.get("destinationCategory"));
            c.command = p;
            idDocument(c);
            ref(c, "visit");
            if (c.hasError()) {
                return;
            }
            if (rule(c, () -> petitions.check(p))) {
                petitions.existing(p).ifPresent(number -> {
                    c.outcome = RowOutcome.ALREADY_PRESENT;
                    add(c, "ALREADY_PRESENT.petition", Finding.INFO, null, List.of(), number);
                });
            }
        }

        private void inspection(Checked c) {
            Rec r = c.rec;
            List<Long> bodies = r.get("bodies") == null ? List.of()
                    : r.get("bodies").lines().map(units::named).filter(l -> l.size() == 1).map(l -> l.get(0).id())
                            .toList();
            OversightHistory.HistoricalInspection i = new OversightHistory.HistoricalInspection(unitOr0(r, "unit"),
                    enumOf(InspectionKind.class, r.get("kind")), enumOf(InspectionMode.class, r.get("mode")),
                    r.get("topic"), r.get("title"), date(r, "startedOn"), date(r, "endedOn"), bodies, r.get("findings"));
            c.command = i;
            if (c.hasError()) {
                return;
            }
            if (rule(c, () -> oversight.checkInspection(i))) {
                present(c, oversight.existingInspection(i), "ALREADY_PRESENT.inspection");
            }
        }

        private void violation(Checked c) {
            Rec r = c.rec;
            HeadRole role = enumOf(HeadRole.class, r.get("headRole"));
            if (r.get("headRole") == null) {
                // Optional in old files: recorded as OTHER (not counted in Phụ lục 3 row 4), and said so.
                add(c, "HEAD_ROLE_MISSING", Finding.WARNING, "headRole", List.of());
            }
            OversightHistory.HistoricalViolation v = new OversightHistory.HistoricalViolation(r.get("headName"),
                    r.get("headTitle"), unitOf(r, "headUnit"), role, r.get("description"),
                    enumOf(ViolationSeverity.class, r.get("severity")), r.get("disciplineForm"), date(r, "disciplinedOn"));
            c.command = v;
            Optional<Ref> parent = ref(c, "inspection");
            if (parent.isEmpty() || !followParent(c, parent.get())) {
                return;
            }
            Checked inspection = parent.get().row();
            if (inspection == null || inspection.outcome != RowOutcome.NEW) {
                skipWithParent(c, inspection);
                return;
            }
            if (!c.hasError()) {
                rule(c, () -> oversight.checkViolation((OversightHistory.HistoricalInspection) inspection.command, v));
            }
        }

        private void outreach(Checked c) {
            Rec r = c.rec;
            OversightHistory.HistoricalOutreach o = new OversightHistory.HistoricalOutreach(unitOr0(r, "unit"),
                    enumOf(OutreachKind.class, r.get("kind")), date(r, "heldOn"), r.get("title"), r.get("topic"),
                    integer(r, "participants") == null ? 0 : integer(r, "participants"),
                    integer(r, "materials") == null ? 0 : integer(r, "materials"));
            c.command = o;
            if (!c.hasError() && rule(c, () -> oversight.checkOutreach(o))) {
                present(c, oversight.existingOutreach(o), "ALREADY_PRESENT.outreach");
            }
        }

        // --- dialogues ------------------------------------------------------------------------------

        private void dialoguePart(Checked c) {
            Rec r = c.rec;
            LocalDate today = Dates.today(clock);
            switch (c.type()) {
                case DIALOGUE -> {
                    LocalDate held = date(r, "heldOn");
                    LocalDate conclusion = date(r, "conclusionOn");
                    future(c, "heldOn", held, today);
                    future(c, "conclusionOn", conclusion, today);
                    if (held != null && conclusion != null) {
                        if (conclusion.isBefore(held)) {
                            add(c, "DIALOGUE_CONCLUSION_BEFORE", Finding.ERROR, "conclusionOn", List.of(),
                                    Dates.format(conclusion), Dates.format(held));
                        } else {
                            late(c, "DIALOGUE_CONCLUSION", held, conclusion, "conclusionOn");
                        }
                    }
                    if (r.get("conclusionNumber") != null && conclusion == null) {
                        add(c, "MISSING_FIELD", Finding.ERROR, "conclusionOn", List.of(),
                                label(c.type(), c.type().field("conclusionOn").orElseThrow()));
                    }
                }
                case OPINION -> ref(c, "dialogue").ifPresent(p -> followDialogue(c, p));
                case ASSIGNMENT -> ref(c, "opinion").ifPresent(p -> {
                    if (!followDialogue(c, p) || p.row() == null) {
                        return;
                    }
                    Checked dialogue = byKey.get(RecordType.DIALOGUE).get(p.row().rec.get("dialogue"));
                    LocalDate held = dialogue == null ? null : date(dialogue.rec, "heldOn");
                    LocalDate conclusion = dialogue == null ? null : date(dialogue.rec, "conclusionOn");
                    LocalDate due = date(r, "dueOn");
                    LocalDate answered = date(r, "answeredOn");
                    future(c, "answeredOn", answered, today);
                    LocalDate start = conclusion != null ? conclusion : held;
                    if (start != null && answered != null && answered.isBefore(start)) {
                        add(c, "ANSWER_BEFORE_CONCLUSION", Finding.ERROR, "answeredOn", List.of(),
                                Dates.format(answered), Dates.format(start));
                    } else if (conclusion != null && answered != null) {
                        late(c, "DIALOGUE_ANSWER", conclusion, answered, "answeredOn");
                    }
                    if (held != null && due != null && due.isBefore(held)) {
                        add(c, "DUE_BEFORE_DIALOGUE", Finding.ERROR, "dueOn", List.of(), Dates.format(due),
                                Dates.format(held));
                    }
                });
                default -> {
                }
            }
        }

        private boolean followDialogue(Checked c, Ref parent) {
            if (!followParent(c, parent)) {
                return false;
            }
            if (parent.row() == null || parent.row().outcome != RowOutcome.NEW) {
                skipWithParent(c, parent.row());
                return false;
            }
            return true;
        }

        /** Builds each dialogue with its opinions and assignments, then asks the dialogue module (when there is one). */
        void dialogues() {
            DialogueHistory writer = dialogues.getIfAvailable();
            Map<String, List<Checked>> opinions = new LinkedHashMap<>();
            Map<String, List<Checked>> assignments = new LinkedHashMap<>();
            byKey.get(RecordType.OPINION).values().stream().filter(o -> o.outcome == RowOutcome.NEW)
                    .forEach(o -> opinions.computeIfAbsent(o.rec.get("dialogue"), k -> new ArrayList<>()).add(o));
            byKey.get(RecordType.ASSIGNMENT).values().stream().filter(a -> a.outcome == RowOutcome.NEW)
                    .forEach(a -> assignments.computeIfAbsent(a.rec.get("opinion"), k -> new ArrayList<>()).add(a));
            for (Checked d : byKey.get(RecordType.DIALOGUE).values()) {
                if (d.outcome != RowOutcome.NEW) {
                    continue;
                }
                List<Checked> parts = new ArrayList<>(opinions.getOrDefault(d.key, List.of()));
                List<DialogueHistory.Opinion> built = new ArrayList<>();
                for (Checked o : opinions.getOrDefault(d.key, List.of())) {
                    List<DialogueHistory.Assignment> tasks = new ArrayList<>();
                    for (Checked a : assignments.getOrDefault(o.key, List.of())) {
                        parts.add(a);
                        Long assignee = unitOf(a.rec, "assignee");
                        tasks.add(new DialogueHistory.Assignment(assignee == null ? 0 : assignee, a.rec.get("task"),
                                date(a.rec, "dueOn"), date(a.rec, "answeredOn"), a.rec.get("answerDocument")));
                    }
                    built.add(new DialogueHistory.Opinion(o.rec.get("citizenName"), o.rec.get("hamlet"),
                            o.rec.get("content"), bool(o.rec, "answeredAtDialogue"), o.rec.get("escalatedTo"), tasks));
                }
                Rec r = d.rec;
                DialogueHistory.HistoricalDialogue dialogue = new DialogueHistory.HistoricalDialogue(unitOr0(r, "unit"),
                        r.get("kind"), date(r, "heldOn"), r.get("place"), r.get("chair"), r.get("topic"),
                        integer(r, "participants"), r.get("conclusionNumber"), date(r, "conclusionOn"), built);
                d.command = dialogue;
                boolean partsFail = parts.stream().anyMatch(Checked::hasError);
                if (writer == null) {
                    add(d, "DIALOGUE_UNAVAILABLE", Finding.WARNING, null, List.of());
                    if (!d.hasError() && !partsFail) {
                        d.outcome = RowOutcome.UNAVAILABLE;
                        parts.forEach(p -> p.outcome = RowOutcome.UNAVAILABLE);
                    }
                    continue;
                }
                if (d.hasError() || partsFail) {
                    continue;
                }
                if (rule(d, () -> writer.check(dialogue))) {
                    writer.existing(dialogue).ifPresent(id -> {
                        d.outcome = RowOutcome.ALREADY_PRESENT;
                        d.existingId = id;
                        add(d, "ALREADY_PRESENT.dialogue", Finding.INFO, null, List.of());
                        parts.forEach(p -> skipWithParent(p, d));
                    });
                }
            }
        }

        private void late(Checked c, String rule, LocalDate start, LocalDate done, String field) {
            // No rule in force on that day: nothing to compare with (asked first: a refused lookup would
            // mark the caller's transaction rollback-only).
            if (deadlines.inForce(start).stream().noneMatch(r -> r.code().equals(rule))) {
                return;
            }
            LocalDate due = deadlines.compute(rule, DeadlineVariant.NORMAL, start, unitId).due();
            if (due != null && done.isAfter(due)) {
                add(c, "LATE." + rule, Finding.WARNING, field, List.of(), Dates.format(done), Dates.format(due));
            }
        }

        private void future(Checked c, String field, LocalDate date, LocalDate today) {
            if (date != null && date.isAfter(today)) {
                add(c, "history-date-future", Finding.ERROR, field, List.of(), Dates.format(today));
            }
        }

        // --- documents --------------------------------------------------------------------------------

        /** Each issuing unit's rows go through the register import's validator together, in row order. */
        void documents() {
            Map<Long, List<Checked>> byUnit = new LinkedHashMap<>();
            for (Checked c : byKey.get(RecordType.DOCUMENT).values()) {
                if (c.outcome == RowOutcome.NEW && !c.hasError()) {
                    byUnit.computeIfAbsent(unitOf(c.rec, "unit"), k -> new ArrayList<>()).add(c);
                }
            }
            byUnit.forEach((unit, rows) -> {
                List<DocumentHistory.Row> input = rows.stream().map(c -> new DocumentHistory.Row(c.row(),
                        c.rec.get("numberSymbol"), c.rec.get("issuer"), c.rec.get("summary"), c.rec.get("issuedOn"),
                        c.rec.get("topic"))).toList();
                Map<Integer, Checked> byRow = rows.stream().collect(Collectors.toMap(Checked::row, c -> c));
                for (DocumentHistory.Checked checked : documents.check(unit, input)) {
                    Checked c = byRow.get(checked.row());
                    c.command = new UnitRow(unit, input.stream().filter(i -> i.row() == checked.row()).findFirst()
                            .orElseThrow());
                    checked.findings().forEach(f -> c.findings.add(new Finding(c.type().jsonName(), c.row(), f.code(),
                            f.severity(), f.message(), f.related(), null)));
                    switch (checked.outcome()) {
                        case "ALREADY_PRESENT" -> c.outcome = RowOutcome.ALREADY_PRESENT;
                        case "REJECTED" -> c.outcome = RowOutcome.REJECTED;
                        default -> {
                        }
                    }
                }
            });
        }

        // --- helpers ----------------------------------------------------------------------------------

        /** Runs an owning module's check; its refusal becomes an ERROR finding with the module's own message. */
        /**
         * The identity document of a visit or a petition row: its number follows the rule of the kind
         * given in {@code idKind}, or of the kind its form tells (one implementation,
         * {@link IdDocument}; LAW.md, "Identity documents"). The finding names the column, never the
         * number (identity data).
         */
        private void idDocument(Checked c) {
            String number = c.rec.get("idNumber");
            IdDocumentKind kind = enumOf(IdDocumentKind.class, c.rec.get("idKind"));
            if (IdDocument.normalise(number) == null) {
                if (kind != null) {
                    add(c, "ID_KIND_WITHOUT_NUMBER", Finding.ERROR, "idNumber", List.of());
                }
                return;
            }
            if (IdDocument.tryParse(kind, number).isEmpty()) {
                add(c, "INVALID_ID_NUMBER", Finding.ERROR, "idNumber", List.of(),
                        vocabulary.text("history.field." + c.type().name() + ".idNumber"),
                        kind == null ? vocabulary.text("id-document.kind.inferred")
                                : vocabulary.label("idKind", kind.name()));
            }
        }

        private boolean rule(Checked c, Runnable check) {
            try {
                check.run();
                return true;
            } catch (DomainException e) {
                add(c, e.code(), Finding.ERROR, e.field(), List.of(), e.args());
                c.findings.set(c.findings.size() - 1, withMessage(c.findings.get(c.findings.size() - 1),
                        vocabulary.text(e.messageKey(), e.args())));
                return false;
            }
        }

        private void present(Checked c, Optional<Long> existing, String code) {
            existing.ifPresent(id -> {
                c.outcome = RowOutcome.ALREADY_PRESENT;
                c.existingId = id;
                add(c, code, Finding.INFO, null, List.of(), id);
            });
        }

        private void skipWithParent(Checked c, Checked parent) {
            c.outcome = RowOutcome.SKIPPED;
            add(c, "PARENT_SKIPPED", Finding.INFO, null, parent == null ? List.of() : List.of(parent.row()),
                    parent == null ? "" : parent.row());
        }

        private Long unitOf(Rec r, String field) {
            String name = r.get(field);
            if (name == null) {
                return null;
            }
            List<OrgUnitView> found = units.named(name);
            return found.size() == 1 ? found.get(0).id() : null;
        }

        private long unitOr0(Rec r, String field) {
            Long id = unitOf(r, field);
            return id == null ? 0 : id;
        }
    }

    /** A reference resolved to a row of the file, or to a record an earlier import created. */
    private record Ref(Checked row, Long id) {
    }

    /** A document row with its issuing unit. */
    record UnitRow(long unitId, DocumentHistory.Row row) {
    }

    private void add(Checked c, String code, String severity, String field, List<Integer> related, Object... args) {
        c.findings.add(new Finding(c.type().jsonName(), c.row(), code, severity,
                vocabulary.text("history.finding." + code, args), related, field));
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(f.type(), f.row(), f.code(), f.severity(), message, f.related(), f.field());
    }

    private String label(RecordType type, FieldDef def) {
        return vocabulary.text("history.field." + type.name() + "." + def.name());
    }

    private static ReceptionHistory.HistoricalVisit withDate(ReceptionHistory.HistoricalVisit v, LocalDate day) {
        return new ReceptionHistory.HistoricalVisit(day, v.citizenName(), v.citizenIdNumber(), v.hamlet(), v.address(),
                v.delegation(), v.headcount(), v.representatives(), v.content(), v.fieldCode(), v.complex(),
                v.prolonged(), v.degradationRelated(), v.outcome(), v.handlingNote(), v.refusalGround(),
                v.refusalNoticeNumber(), v.refusalNoticeDate(), v.citizenIdKind(), v.matterKind(), v.newMatter());
    }

    static LocalDate parseDate(String text) {
        if (text == null || !text.matches("^\\d{2}/\\d{2}/\\d{4}$")) {
            return null;
        }
        try {
            return LocalDate.parse(text, Dates.DISPLAY);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static LocalDate date(Rec r, String field) {
        return parseDate(r.get(field));
    }

    private static Integer integer(Rec r, String field) {
        String v = r.get(field);
        return v != null && v.matches("^\\d{1,6}$") ? Integer.valueOf(v) : null;
    }

    private static boolean bool(Rec r, String field) {
        return "true".equals(r.get(field));
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        try {
            return code == null ? null : Enum.valueOf(type, code);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
