package org.tiepdan.petition.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.petition.internal.DecisionDocument.Disposition;
import org.tiepdan.petition.internal.DecisionDocument.Part;

/**
 * The legal content of a petition's decision: stored part by part with the petition (so that a
 * decision re-prints the same, V175), or, before the officer saved it, prefilled from the case:
 * the parties and content from the petition, the verification result from the notes of its
 * verification steps, the dialogue result from its dialogue step (or the recorded reason none was
 * held), the first round's result from the linked first-round petition, the rights from the law.
 *
 * <p>The content can be edited until the decision is issued (the DECIDE or CONCLUDE step); after it,
 * editing it would make the re-printed decision differ from the one sent to the parties, so it is
 * refused with {@code decision-content-issued}. A denunciation's parts never start with the
 * denouncer: the conclusion goes to the denounced and their body, the denouncer is told of it
 * separately (Luật Tố cáo 2018 Art. 35 cl. 3), and the sealed petitioner rows hold pseudonyms anyway.
 */
@Service
class DecisionContents {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** What the screen, the API and the .docx show; {@code saved} false while it is only the prefill. */
    record Content(long petitionId, DecisionDocument document, Disposition disposition, Map<Part, String> parts,
            boolean saved, int version, String updatedBy, Instant updatedAt, boolean issued) {

        String part(Part p) {
            return parts.getOrDefault(p, "");
        }
    }

    private final JdbcClient jdbc;
    private final PetitionService petitions;
    private final OrgUnits units;
    private final MessageSource messages;
    private final PetitionRepository repository;

    DecisionContents(JdbcClient jdbc, PetitionService petitions, OrgUnits units, MessageSource messages,
            PetitionRepository repository) {
        this.repository = repository;
        this.jdbc = jdbc;
        this.petitions = petitions;
        this.units = units;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Content of(long petitionId) {
        Petition p = petitions.get(petitionId);
        DecisionDocument doc = DecisionDocument.of(p);
        return stored(p, doc).orElseGet(() -> new Content(p.id(), doc, null, prefill(p, doc), false, -1, null, null,
                issued(p, doc)));
    }

    /**
     * Saves every part at once. Every error is returned (field {@code parts.X} or
     * {@code disposition}), nothing is written when there is one; {@code expectedVersion} -1 means
     * "first save", another mismatch is a stale edit (409); null skips the check.
     */
    @Transactional
    List<DomainException> save(long petitionId, Disposition disposition, Map<Part, String> parts,
            Integer expectedVersion, String actor) {
        Petition p = petitions.get(petitionId);
        DecisionDocument doc = DecisionDocument.of(p);
        if (issued(p, doc)) {
            throw DomainException.conflict("decision-content-issued");
        }
        List<DomainException> errors = check(doc, disposition, parts);
        if (!errors.isEmpty()) {
            return errors;
        }
        write(petitionId, doc, disposition, parts, expectedVersion, actor);
        return List.of();
    }

    /**
     * Records the content of a decision issued before the content was kept (the demo's settled
     * complaint, older records): the same checks but no freeze, and only where nothing is stored yet,
     * so an issued content is never overwritten.
     */
    @Transactional
    List<DomainException> recordIssued(long petitionId, Disposition disposition, Map<Part, String> parts, String actor) {
        // Runs without a signed-in user (the demo loader): the petition is read without the scope check.
        DecisionDocument doc = DecisionDocument.of(repository.findById(petitionId)
                .orElseThrow(() -> DomainException.notFound("petition-not-found")));
        List<DomainException> errors = check(doc, disposition, parts);
        if (errors.isEmpty()) {
            write(petitionId, doc, disposition, parts, -1, actor);
        }
        return errors;
    }

    private void write(long petitionId, DecisionDocument doc, Disposition disposition, Map<Part, String> parts,
            Integer expectedVersion, String actor) {
        Integer current = jdbc.sql("select version from petition_decision_content where petition_id = ? for update")
                .param(petitionId).query(Integer.class).optional().orElse(null);
        if (expectedVersion != null && (current == null ? -1 : current) != expectedVersion) {
            throw DomainException.conflict("stale-edit");
        }
        if (current == null) {
            jdbc.sql("insert into petition_decision_content (petition_id, document, disposition, updated_by) "
                    + "values (?, ?, ?, ?)").params(petitionId, doc.name(),
                            disposition == null ? null : disposition.name(), actor).update();
        } else {
            jdbc.sql("update petition_decision_content set document = ?, disposition = ?, updated_by = ?, "
                    + "updated_at = now(), version = version + 1 where petition_id = ?")
                    .params(doc.name(), disposition == null ? null : disposition.name(), actor, petitionId).update();
            jdbc.sql("delete from petition_decision_part where petition_id = ?").param(petitionId).update();
        }
        int position = 0;
        for (Part part : doc.parts) {
            jdbc.sql("insert into petition_decision_part (petition_id, part, position, body) values (?, ?, ?, ?)")
                    .params(petitionId, part.name(), position++, parts.get(part).strip()).update();
        }
    }

    static List<DomainException> check(DecisionDocument doc, Disposition disposition, Map<Part, String> parts) {
        List<DomainException> errors = new ArrayList<>();
        for (Part part : doc.parts) {
            String text = parts == null ? null : parts.get(part);
            if (text == null || text.isBlank()) {
                errors.add(DomainException.invalid("decision-part-required", "parts[" + part.name() + "]"));
            } else if (text.length() > Part.MAX_LENGTH) {
                errors.add(DomainException.invalid("decision-part-too-long", "parts[" + part.name() + "]",
                        Part.MAX_LENGTH));
            }
        }
        if (doc.complaint() && disposition == null) {
            errors.add(DomainException.invalid("decision-disposition-required", "disposition"));
        }
        return errors;
    }

    private boolean issued(Petition p, DecisionDocument doc) {
        return p.events().stream().anyMatch(e -> e.action() == doc.issuingAction());
    }

    private Optional<Content> stored(Petition p, DecisionDocument doc) {
        return jdbc.sql("select document, disposition, version, updated_by, updated_at from petition_decision_content "
                + "where petition_id = ?").param(p.id()).query((rs, n) -> {
                    Map<Part, String> parts = new EnumMap<>(Part.class);
                    jdbc.sql("select part, body from petition_decision_part where petition_id = ? order by position")
                            .param(p.id()).query((r, i) -> parts.put(Part.valueOf(r.getString(1)), r.getString(2)))
                            .list();
                    String disposition = rs.getString(2);
                    Timestamp at = rs.getTimestamp(5);
                    // The stored document is the one the content was written for: a petition whose
                    // kind changed since shows the new document with the parts it still has.
                    return new Content(p.id(), doc, disposition == null ? null : Disposition.valueOf(disposition),
                            parts, true, rs.getInt(3), rs.getString(4), at == null ? null : at.toInstant(),
                            issued(p, doc));
                }).optional();
    }

    private Map<Part, String> prefill(Petition p, DecisionDocument doc) {
        Map<Part, String> parts = new EnumMap<>(Part.class);
        for (Part part : doc.parts) {
            parts.put(part, switch (part) {
                case PARTIES -> parties(p);
                case DENOUNCED -> "";
                case CONTENT -> p.content() == null ? "" : p.content();
                case FIRST_ROUND_RESULT -> firstRound(p);
                case VERIFICATION -> notes(p, List.of(Action.INVESTIGATE, Action.VERIFY), "decision.prefill.step");
                case DIALOGUE -> dialogue(p);
                case LEGAL_GROUNDS -> text(doc == DecisionDocument.DENUNCIATION_CONCLUSION
                        ? "decision.prefill.grounds.denunciation" : "decision.prefill.grounds.complaint");
                case CONCLUSION -> p.outcome() == null ? "" : text("petition.outcome." + p.outcome());
                case RIGHTS -> doc == DecisionDocument.COMPLAINT_SECOND_ROUND ? text("decision.prefill.rights.round2")
                        : text("decision.prefill.rights.round1", superior(p));
                default -> "";
            });
        }
        return parts;
    }

    private String parties(Petition p) {
        String complainants = p.identitySealed() || p.anonymous() || p.petitioners().isEmpty() ? ""
                : p.petitioners().stream().map(x -> x.address() == null || x.address().isBlank() ? x.fullName()
                        : x.fullName() + ", " + x.address()).collect(Collectors.joining("; "));
        return text("decision.prefill.parties", complainants);
    }

    private String firstRound(Petition p) {
        if (p.firstRoundId() == null) {
            return "";
        }
        Petition first = petitions.get(p.firstRoundId());
        return first.events().stream().filter(e -> e.action() == Action.DECIDE).reduce((a, b) -> b)
                .map(e -> text("decision.prefill.first-round", e.documentNumber() == null ? "…" : e.documentNumber(),
                        Dates.format(e.documentDate() != null ? e.documentDate() : e.actedOn()),
                        units.get(first.unitId()).name(),
                        first.outcome() == null ? "" : text("petition.outcome." + first.outcome())))
                .orElse("");
    }

    private String dialogue(Petition p) {
        String held = notes(p, List.of(Action.HOLD_DIALOGUE), "decision.prefill.dialogue");
        if (!held.isEmpty()) {
            return held;
        }
        return p.events().stream().filter(e -> e.action() == Action.SKIP_DIALOGUE).reduce((a, b) -> b)
                .map(e -> text("decision.prefill.no-dialogue", e.note() == null ? "" : e.note())).orElse("");
    }

    private String notes(Petition p, List<Action> actions, String key) {
        return p.events().stream().filter(e -> actions.contains(e.action()))
                .map(e -> text(key, Dates.format(e.actedOn()), e.note() == null ? "" : e.note()).strip())
                .collect(Collectors.joining("\n"));
    }

    /** The body that hears a second complaint: the unit's parent, by name (the officer corrects it if need be). */
    private String superior(Petition p) {
        var unit = units.get(p.unitId());
        return unit.parentId() == null ? text("decision.prefill.superior-unknown")
                : units.find(unit.parentId()).map(u -> u.name()).orElse(text("decision.prefill.superior-unknown"));
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }

    static boolean denunciation(Petition p) {
        return p.kind() == PetitionKind.DENUNCIATION;
    }
}
