package org.tiepdan.history.internal;

import static org.tiepdan.history.internal.Cells.enumOf;
import static org.tiepdan.history.internal.Cells.parseDate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.tiepdan.org.OrgUnitView;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.IdDocument;
import org.tiepdan.platform.IdDocumentKind;

/**
 * One validation of a bundle, and all the state it keeps: the unit, its units by name, every row by
 * its key and the keys earlier imports created. Its own class because the checks of each record
 * kind ({@link ReceptionRowChecks}, {@link PetitionRowChecks}, {@link OversightRowChecks},
 * {@link DialogueRowChecks}, {@link DocumentRowChecks}) all read and mark the same rows: what they
 * share lives here, once: the file's own rules (fields, keys, links), references between rows and
 * to earlier imports, a row following its parent's fate, and the findings with their messages.
 * A new one for every {@link HistoryValidator#validate} call; never shared between threads.
 */
final class ValidationRun {

    final long unitId;
    final UnitDirectory.Units units;
    final Map<RecordType, Map<String, Checked>> byKey = new EnumMap<>(RecordType.class);
    final Map<RecordType, Map<String, Long>> imported = new EnumMap<>(RecordType.class);
    private final Vocabulary vocabulary;
    private final HistoryRecords records;

    ValidationRun(long unitId, UnitDirectory.Units units, Vocabulary vocabulary, HistoryRecords records) {
        this.unitId = unitId;
        this.units = units;
        this.vocabulary = vocabulary;
        this.records = records;
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

    /** The key of a row the file gives none: a hash of the fields that identify its kind of record. */
    private static String hashKey(Rec rec) {
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

    // --- helpers ----------------------------------------------------------------------------------

    /**
     * The identity document of a visit or a petition row: its number follows the rule of the kind
     * given in {@code idKind}, or of the kind its form tells (one implementation,
     * {@link IdDocument}; LAW.md, "Identity documents"). The finding names the column, never the
     * number (identity data).
     */
    void idDocument(Checked c) {
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

    /** Runs an owning module's check; its refusal becomes an ERROR finding with the module's own message. */
    boolean rule(Checked c, Runnable check) {
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

    void present(Checked c, Optional<Long> existing, String code) {
        existing.ifPresent(id -> {
            c.outcome = RowOutcome.ALREADY_PRESENT;
            c.existingId = id;
            add(c, code, Finding.INFO, null, List.of(), id);
        });
    }

    void skipWithParent(Checked c, Checked parent) {
        c.outcome = RowOutcome.SKIPPED;
        add(c, "PARENT_SKIPPED", Finding.INFO, null, parent == null ? List.of() : List.of(parent.row()),
                parent == null ? "" : parent.row());
    }

    Long unitOf(Rec r, String field) {
        String name = r.get(field);
        if (name == null) {
            return null;
        }
        List<OrgUnitView> found = units.named(name);
        return found.size() == 1 ? found.get(0).id() : null;
    }

    long unitOr0(Rec r, String field) {
        Long id = unitOf(r, field);
        return id == null ? 0 : id;
    }

    /** A reference resolved to a row of the file, or to a record an earlier import created. */
    record Ref(Checked row, Long id) {
    }

    void add(Checked c, String code, String severity, String field, List<Integer> related, Object... args) {
        c.findings.add(new Finding(c.type().jsonName(), c.row(), code, severity,
                vocabulary.text("history.finding." + code, args), related, field));
    }

    private static Finding withMessage(Finding f, String message) {
        return new Finding(f.type(), f.row(), f.code(), f.severity(), message, f.related(), f.field());
    }

    String label(RecordType type, FieldDef def) {
        return vocabulary.text("history.field." + type.name() + "." + def.name());
    }
}
