package org.tiepdan.dialogue.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.document.IssueCommand;
import org.tiepdan.document.IssuedDocumentView;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * The steps of a dialogue, each in one transaction: the aggregate checks and changes, documents are
 * numbered in the register and their .docx frozen, the audit row is written; a refused step leaves
 * nothing behind (not even a consumed document number).
 */
@Service
class DialogueService {

    /** Rule codes of the two time limits (deadline_rule rows, see V12 and LAW.md). */
    static final String CONCLUSION_RULE = "DIALOGUE_CONCLUSION";
    static final String ANSWER_RULE = "DIALOGUE_ANSWER";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final DialogueRepository dialogues;
    private final DeadlineRules deadlines;
    private final IssuedDocuments register;
    private final PetitionIntake petitions;
    private final OrgUnits units;
    private final AuditLog audit;
    private final DialogueDocx docx;
    private final DialogueFiles files;
    private final DialogueAccess access;
    private final MessageSource messages;
    private final Clock clock;

    private final org.tiepdan.account.UnitChoices unitChoices;

    DialogueService(DialogueRepository dialogues, DeadlineRules deadlines, IssuedDocuments register,
            PetitionIntake petitions, OrgUnits units, AuditLog audit, DialogueDocx docx, DialogueFiles files,
            DialogueAccess access, MessageSource messages, Clock clock, org.tiepdan.account.UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.dialogues = dialogues;
        this.deadlines = deadlines;
        this.register = register;
        this.petitions = petitions;
        this.units = units;
        this.audit = audit;
        this.docx = docx;
        this.files = files;
        this.access = access;
        this.messages = messages;
        this.clock = clock;
    }

    LocalDate today() {
        return Dates.today(clock);
    }

    @Transactional(readOnly = true)
    Dialogue get(long id) {
        Dialogue d = dialogues.findById(id).orElseThrow(() -> DomainException.notFound("dialogue-not-found"));
        // Load the lazy collections while the transaction is open.
        d.opinions().size();
        d.assignments().forEach(a -> a.opinion().seq());
        return d;
    }

    private Dialogue load(long id) {
        return dialogues.findById(id).orElseThrow(() -> DomainException.notFound("dialogue-not-found"));
    }

    // --- plan ------------------------------------------------------------------------------------

    @Transactional
    Dialogue plan(Dialogue.Plan plan) {
        checkHosts(plan);
        Dialogue d = dialogues.saveAndFlush(new Dialogue(plan, access.currentUsername()));
        audit.record(AuditAction.CREATE, "Dialogue", d.id(), d.unitId(), summary(d));
        return d;
    }

    @Transactional
    void editPlan(long id, long expectedVersion, Dialogue.Plan plan) {
        Dialogue d = load(id);
        if (d.version() != expectedVersion) {
            throw new org.springframework.orm.ObjectOptimisticLockingFailureException(Dialogue.class, id);
        }
        checkHosts(plan);
        d.editPlan(plan);
        dialogues.flush();
        audit.record(AuditAction.UPDATE, "Dialogue", d.id(), d.unitId(), summary(d));
    }

    /**
     * The holding body and a co-host are bodies (they have heads and letterheads), not closed by the day.
     * The co-host is a unit id taken from the request: a body of the holding body's territory
     * ({@code UnitChoices.mayName}); one of another subtree answers like an unknown unit.
     */
    private void checkHosts(Dialogue.Plan plan) {
        if (plan.hosts() == null) {
            return;
        }
        for (int i = 0; i < plan.hosts().size(); i++) {
            DialogueHost h = plan.hosts().get(i);
            if (h == null || h.unitId() == null) {
                continue;
            }
            String field = i == 0 ? "unitId" : "jointUnitId";
            OrgUnitView u = units.find(h.unitId()).orElseThrow(() -> DomainException.invalid("dialogue-unit-required", field));
            Long holder = plan.hosts().get(0) == null ? null : plan.hosts().get(0).unitId();
            if (i > 0 && holder != null && !unitChoices.mayName(holder, h.unitId())) {
                throw DomainException.invalid("dialogue-unit-required", field);
            }
            if (u.kind().isArea()) {
                throw DomainException.invalid("dialogue-unit-body-required", field);
            }
            // Only closure matters: bodies are often entered after the fact (valid from their entry day).
            if (plan.heldOn() != null && u.validTo() != null && plan.heldOn().isAfter(u.validTo())) {
                throw DomainException.invalid("dialogue-unit-closed", field, u.name());
            }
        }
    }

    @Transactional
    void cancel(long id, String reason) {
        Dialogue d = load(id);
        d.cancel(reason, today());
        dialogues.flush();
        audit.record(AuditAction.STATE_CHANGE, "Dialogue", d.id(), d.unitId(),
                Map.of("state", d.state(), "reason", d.cancelReason()));
    }

    // --- opinions --------------------------------------------------------------------------------

    @Transactional
    DialogueOpinion recordOpinion(long id, DialogueOpinion.NewOpinion opinion) {
        // Numbered from the opinions already there: simultaneous calls must take turns.
        Dialogue d = dialogues.findByIdForUpdate(id).orElseThrow(() -> DomainException.notFound("dialogue-not-found"));
        DialogueOpinion o = d.recordOpinion(opinion, access.currentUsername(), today());
        dialogues.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("opinion", o.seq());
        changes.put("stage", o.stage());
        changes.put("source", o.source());
        changes.put("answeredOnSpot", o.answeredOnSpot());
        audit.record(AuditAction.UPDATE, "Dialogue", d.id(), d.unitId(), changes);
        return o;
    }

    @Transactional
    void answerOnSpot(long id, long opinionId, String answer, String answeredBy) {
        Dialogue d = load(id);
        d.answerOnSpot(opinionId, answer, answeredBy);
        dialogues.flush();
        audit.record(AuditAction.UPDATE, "Dialogue", d.id(), d.unitId(),
                Map.of("opinion", d.opinion(opinionId).seq(), "answeredOnSpot", true));
    }

    /**
     * Hands a point to the petition workflow (channel DIALOGUE) on behalf of the signed-in officer,
     * in this transaction: the petition exists and the point names it, or neither.
     */
    @Transactional
    PetitionIntake.Registered turnIntoPetition(long id, long opinionId) {
        Dialogue d = load(id);
        DialogueOpinion o = d.opinionForPetition(opinionId);
        String name = o.source() == OpinionSource.CITIZEN ? o.citizenName()
                : msg("dialogue.petition.hamlet-petitioner", o.hamlet());
        PetitionIntake.Registered r = petitions.register(new PetitionIntake.NewPetition(d.unitId(), Channel.DIALOGUE,
                o.raisedOn(), msg("dialogue.petition.content", o.content(), Dates.format(d.heldOn())), false, 1,
                List.of(new PetitionIntake.Person(name, null, o.hamlet(), null, null))));
        d.linkPetition(opinionId, r.petitionId(), r.registrationNumber());
        dialogues.flush();
        audit.record(AuditAction.UPDATE, "Dialogue", d.id(), d.unitId(),
                Map.of("opinion", o.seq(), "petition", r.registrationNumber()));
        return r;
    }

    // --- documents -------------------------------------------------------------------------------

    @Transactional
    DocumentRef issueDocument(long id, DocumentKind kind, LocalDate on, String signer) {
        Dialogue d = load(id);
        DocumentRef ref = d.issueDocument(kind, on, signer, today(), issuer(d));
        dialogues.flush();
        store(d, ref, null);
        audit.record(AuditAction.UPDATE, "Dialogue", d.id(), d.unitId(),
                Map.of("document", kind, "number", ref.number()));
        return ref;
    }

    /** The issued .docx of a dialogue document (by its register id). */
    @Transactional(readOnly = true)
    DialogueFiles.StoredFile file(long dialogueId, long documentId) {
        Dialogue d = get(dialogueId);
        boolean belongs = d.documents().stream().anyMatch(x -> x.documentId() == documentId)
                || d.assignments().stream().anyMatch(a -> a.escalationDocumentId() != null
                        && a.escalationDocumentId() == documentId);
        if (!belongs) {
            throw DomainException.notFound("dialogue-document-not-found");
        }
        return files.get(documentId).orElseThrow(() -> DomainException.notFound("dialogue-document-not-found"));
    }

    // --- the conference and its conclusion -------------------------------------------------------

    @Transactional
    void hold(long id, Dialogue.Holding holding) {
        Dialogue d = load(id);
        d.hold(holding, today(), heldOn -> deadline(CONCLUSION_RULE, heldOn, d.unitId()));
        dialogues.flush();
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("state", d.state());
        changes.put("heldOn", d.heldOn());
        changes.put("officials", d.officialsCount());
        changes.put("citizens", d.citizensCount());
        changes.put("conclusionDue", d.conclusion().due());
        audit.record(AuditAction.STATE_CHANGE, "Dialogue", d.id(), d.unitId(), changes);
    }

    @Transactional
    DocumentRef conclude(long id, Dialogue.ConclusionNotice notice) {
        Dialogue d = load(id);
        for (Dialogue.Route r : notice.routes() == null ? List.<Dialogue.Route>of() : notice.routes().values()) {
            // A unit id taken from the request: a unit of the dialogue's territory, answered like an unknown one otherwise.
            if (r != null && r.assigneeUnitId() != null && !unitChoices.mayName(d.unitId(), r.assigneeUnitId())) {
                throw DomainException.invalid("dialogue-assignee-not-found", "routes");
            }
        }
        DocumentRef ref = d.conclude(notice, today(), on -> deadline(ANSWER_RULE, on, d.unitId()), issuer(d));
        dialogues.flush();
        store(d, ref, null);
        audit.record(AuditAction.STATE_CHANGE, "Dialogue", d.id(), d.unitId(), Map.of("state", d.state(),
                "conclusion", ref.number(), "assignments", d.assignments().size()));
        return ref;
    }

    private Due deadline(String rule, LocalDate start, long unitId) {
        return Due.of(deadlines.compute(rule, DeadlineVariant.NORMAL, start, unitId));
    }

    // --- follow-up -------------------------------------------------------------------------------

    @Transactional
    void answer(long id, long assignmentId, Assignment.Answer answer) {
        Dialogue d = load(id);
        d.answer(assignmentId, answer, today());
        dialogues.flush();
        Assignment a = d.assignment(assignmentId);
        audit.record(AuditAction.STATE_CHANGE, "DialogueAssignment", a.id(), a.assigneeUnitId(), Map.of(
                "state", a.state(), "answeredOn", a.answeredOn(), "documentNumber", a.answerNumber(),
                "onTime", a.answeredOnTime()));
    }

    @Transactional
    DocumentRef escalate(long id, long assignmentId, Assignment.Escalation escalation) {
        Dialogue d = load(id);
        Assignment a = d.assignment(assignmentId);
        DocumentRef ref = d.escalate(assignmentId, escalation, today(), issuer(d));
        dialogues.flush();
        store(d, ref, a);
        audit.record(AuditAction.STATE_CHANGE, "DialogueAssignment", a.id(), a.assigneeUnitId(),
                Map.of("state", a.state(), "escalatedTo", a.escalatedTo(), "number", ref.number()));
        return ref;
    }

    @Transactional
    DocumentRef close(long id, LocalDate on, String signer) {
        Dialogue d = load(id);
        DocumentRef ref = d.close(on, signer, today(), issuer(d));
        dialogues.flush();
        store(d, ref, null);
        audit.record(AuditAction.STATE_CHANGE, "Dialogue", d.id(), d.unitId(),
                Map.of("state", d.state(), "report", ref.number()));
        return ref;
    }

    // --- helpers ---------------------------------------------------------------------------------

    /** Numbers a document of the dialogue's unit, on the topic of Regulation 11 (Phụ lục 1 counts it). */
    private DocumentIssuer issuer(Dialogue d) {
        return (kind, on, signer) -> {
            IssuedDocumentView v = register.issue(new IssueCommand(d.unitId(), kind.typeCode(),
                    msg("dialogue.doc.summary." + kind, d.topic(), Dates.format(d.heldOn())), on,
                    signer == null ? d.chairName() : signer, Set.of(msg("dialogue.document.topic"))));
            return new DocumentRef(kind, v.id(), v.numberSymbol(), v.issuedOn(), v.signer());
        };
    }

    private void store(Dialogue d, DocumentRef ref, Assignment escalated) {
        byte[] bytes = docx.write(d, ref, escalated);
        files.store(ref.documentId(), docx.fileName(d, ref), bytes);
    }

    private Map<String, Object> summary(Dialogue d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", d.kind());
        m.put("topic", d.topic());
        m.put("heldOn", d.heldOn());
        m.put("place", d.place());
        m.put("hosts", d.hosts().stream().map(DialogueHost::unitId).toList());
        m.put("state", d.state());
        return m;
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
