package org.tiepdan.dialogue.internal;

import java.net.URI;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.dialogue.DialogueFigures;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.platform.DomainException;

/**
 * Dialogues over JSON: plan, opinions, the conference, documents, conclusion, assignments and their
 * answers or escalations, closing; follow-up, figures and compliance. A step the state machine does
 * not allow answers 409 with {@code dialogue-transition-invalid}; a broken rule 400 with the field at
 * fault; outside the caller's units 403. Nothing is written in any of them.
 */
@RestController
@RequestMapping("/api/v1/dialogues")
class DialogueApiController {

    private final DialogueService service;
    private final DialogueViews views;
    private final DialogueQueries queries;
    private final FollowUp followUp;
    private final DialogueFigures figures;
    private final DialogueAccess access;

    DialogueApiController(DialogueService service, DialogueViews views, DialogueQueries queries, FollowUp followUp,
            DialogueFigures figures, DialogueAccess access) {
        this.service = service;
        this.views = views;
        this.queries = queries;
        this.followUp = followUp;
        this.figures = figures;
        this.access = access;
    }

    record PlanRequest(@NotNull Long unitId, @Size(max = 255) String hostName, Long jointUnitId,
            @Size(max = 255) String jointHostName, @NotNull DialogueKind kind, @Size(max = 4000) String topic,
            @NotNull LocalDate heldOn, @Size(max = 5) String startTime, @Size(max = 500) String place,
            List<@Size(max = 255) String> hamlets, @Size(max = 255) String chairName,
            @Size(max = 255) String secretaryName, Long version) {

        Dialogue.Plan toPlan() {
            List<DialogueHost> hosts = new ArrayList<>();
            hosts.add(new DialogueHost(unitId, hostName));
            if (jointUnitId != null) {
                hosts.add(new DialogueHost(jointUnitId, jointHostName));
            }
            LocalTime time;
            try {
                time = startTime == null || startTime.isBlank() ? null
                        : LocalTime.parse(startTime.strip(), DialogueForms.TIME);
            } catch (java.time.format.DateTimeParseException e) {
                throw DomainException.invalid("dialogue-time-invalid", "startTime");
            }
            return new Dialogue.Plan(kind, topic, heldOn, time, place, hosts, hamlets, chairName, secretaryName);
        }
    }

    record OpinionRequest(@NotNull OpinionStage stage, @NotNull OpinionSource source,
            @Size(max = 255) String citizenName, @Size(max = 255) String hamlet, @NotNull OpinionField field,
            @Size(max = 20000) String content, LocalDate raisedOn, Boolean answeredOnSpot,
            @Size(max = 20000) String answer, @Size(max = 255) String answeredBy) {
    }

    record SpotAnswerRequest(@Size(max = 20000) String answer, @Size(max = 255) String answeredBy) {
    }

    record HoldRequest(LocalDate heldOn, @Size(max = 500) String place, @Size(max = 255) String chairName,
            @Size(max = 255) String secretaryName, Integer officialsCount, Integer citizensCount) {
    }

    record DatedRequest(LocalDate on, @Size(max = 255) String signer) {
    }

    record RouteRequest(@NotNull Long opinionId, Long assigneeUnitId, @Size(max = 4000) String instruction) {
    }

    record ConclusionRequest(LocalDate on, @Size(max = 20000) String text, @Size(max = 255) String signer,
            List<@Valid RouteRequest> routes) {
    }

    record AnswerRequest(LocalDate on, @Size(max = 64) String documentNumber, @Size(max = 20000) String answer) {
    }

    record EscalationRequest(LocalDate on, @Size(max = 500) String higherBody, @Size(max = 4000) String reason,
            @Size(max = 255) String signer) {
    }

    record CancelRequest(@Size(max = 4000) String reason) {
    }

    record FiguresResponse(long unitId, LocalDate from, LocalDate to, List<DialogueFigures.Figure> figures) {
    }

    record ComplianceResponse(long bodyId, String bodyName, String bodyKind, Integer minimum, String legalBasis,
            int held, List<Long> dialogueIds, String status) {
    }

    @GetMapping
    @PreAuthorize("@dialogueAccess.canView(#unitId)")
    List<DialogueQueries.Row> list(@RequestParam Long unitId, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) DialogueState state) {
        return queries.list(unitId, year, state, service.today());
    }

    @PostMapping
    @PreAuthorize("@dialogueAccess.canOrganise(#request.unitId())")
    ResponseEntity<DialogueViews.DialogueView> create(@Valid @RequestBody PlanRequest request) {
        Dialogue d = service.plan(request.toPlan());
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + d.id())).body(views.view(d.id()));
    }

    @GetMapping("/{id}")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    DialogueViews.DialogueView get(@PathVariable long id) {
        return views.view(id);
    }

    @PutMapping("/{id}")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id) and @dialogueAccess.canOrganise(#request.unitId())")
    DialogueViews.DialogueView edit(@PathVariable long id, @Valid @RequestBody PlanRequest request) {
        if (request.version() == null) {
            throw DomainException.invalid("dialogue-version-required", "version");
        }
        service.editPlan(id, request.version(), request.toPlan());
        return views.view(id);
    }

    @PostMapping("/{id}/opinions")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    ResponseEntity<DialogueViews.OpinionView> addOpinion(@PathVariable long id,
            @Valid @RequestBody OpinionRequest r) {
        DialogueOpinion o = service.recordOpinion(id, new DialogueOpinion.NewOpinion(r.stage(), r.source(),
                r.citizenName(), r.hamlet(), r.field(), r.content(), r.raisedOn(), Boolean.TRUE.equals(r.answeredOnSpot()),
                r.answer(), r.answeredBy()));
        DialogueViews.OpinionView view = views.view(id).opinions().stream().filter(x -> x.id() == o.id()).findFirst()
                .orElseThrow();
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id + "/opinions/" + o.id())).body(view);
    }

    @PostMapping("/{id}/opinions/{opinionId}/answer")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    DialogueViews.DialogueView answerOnSpot(@PathVariable long id, @PathVariable long opinionId,
            @Valid @RequestBody SpotAnswerRequest r) {
        service.answerOnSpot(id, opinionId, r.answer(), r.answeredBy());
        return views.view(id);
    }

    @PostMapping("/{id}/opinions/{opinionId}/petition")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    ResponseEntity<PetitionIntake.Registered> petition(@PathVariable long id, @PathVariable long opinionId) {
        PetitionIntake.Registered r = service.turnIntoPetition(id, opinionId);
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + r.petitionId())).body(r);
    }

    @PostMapping("/{id}/hold")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    DialogueViews.DialogueView hold(@PathVariable long id, @Valid @RequestBody HoldRequest r) {
        service.hold(id, new Dialogue.Holding(r.heldOn(), r.place(), r.chairName(), r.secretaryName(),
                r.officialsCount(), r.citizensCount()));
        return views.view(id);
    }

    /** {@code kind}: plan, notice, opinion-summary, invitation, record. */
    @PostMapping("/{id}/documents/{kind}")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    ResponseEntity<DialogueViews.DocumentView> issue(@PathVariable long id, @PathVariable String kind,
            @Valid @RequestBody DatedRequest r) {
        DocumentRef ref = service.issueDocument(id, DocumentKind.fromUrl(kind), r.on(), r.signer());
        return ResponseEntity.created(URI.create("/api/v1/dialogues/" + id + "/files/" + ref.documentId()))
                .body(new DialogueViews.DocumentView(ref.kind(), ref.documentId(), ref.number(), ref.issuedOn(),
                        ref.signer()));
    }

    @GetMapping("/{id}/files/{documentId}")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
        DialogueFiles.StoredFile f = service.file(id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Checksum-SHA256", f.sha256())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(f.content());
    }

    @PostMapping("/{id}/conclusion")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    DialogueViews.DialogueView conclude(@PathVariable long id, @Valid @RequestBody ConclusionRequest r) {
        Map<Long, Dialogue.Route> routes = new LinkedHashMap<>();
        if (r.routes() != null) {
            r.routes().forEach(x -> routes.put(x.opinionId(), new Dialogue.Route(x.assigneeUnitId(), x.instruction())));
        }
        service.conclude(id, new Dialogue.ConclusionNotice(r.on(), r.text(), r.signer(), routes));
        return views.view(id);
    }

    @GetMapping("/{id}/assignments")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    List<DialogueViews.AssignmentView> assignments(@PathVariable long id) {
        return views.view(id).assignments();
    }

    @PostMapping("/{id}/assignments/{assignmentId}/answer")
    @PreAuthorize("@dialogueAccess.canAnswer(#id, #assignmentId)")
    DialogueViews.AssignmentView answer(@PathVariable long id, @PathVariable long assignmentId,
            @Valid @RequestBody AnswerRequest r) {
        service.answer(id, assignmentId, new Assignment.Answer(r.on(), r.documentNumber(), r.answer()));
        return assignment(id, assignmentId);
    }

    @PostMapping("/{id}/assignments/{assignmentId}/escalation")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    DialogueViews.AssignmentView escalate(@PathVariable long id, @PathVariable long assignmentId,
            @Valid @RequestBody EscalationRequest r) {
        service.escalate(id, assignmentId, new Assignment.Escalation(r.on(), r.higherBody(), r.reason(), r.signer()));
        return assignment(id, assignmentId);
    }

    private DialogueViews.AssignmentView assignment(long id, long assignmentId) {
        return views.view(id).assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> DomainException.notFound("dialogue-assignment-not-found"));
    }

    @PostMapping("/{id}/close")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    DialogueViews.DialogueView close(@PathVariable long id, @Valid @RequestBody DatedRequest r) {
        service.close(id, r.on(), r.signer());
        return views.view(id);
    }

    @PostMapping("/{id}/cancel")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    DialogueViews.DialogueView cancel(@PathVariable long id, @Valid @RequestBody CancelRequest r) {
        service.cancel(id, r.reason());
        return views.view(id);
    }

    @GetMapping("/{id}/follow-up")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    FollowUp.FollowUpView followUp(@PathVariable long id) {
        return followUp.staff(id);
    }

    @GetMapping("/assignments/open")
    @PreAuthorize("@dialogueAccess.readsSomewhere()")
    List<DialogueQueries.OpenAssignment> openAssignments() {
        return queries.openAssignments(access.visibleUnits(), service.today(), null);
    }

    @GetMapping("/figures")
    @PreAuthorize("@dialogueAccess.canReadFigures(#unitId)")
    FiguresResponse figures(@RequestParam Long unitId, @RequestParam LocalDate from, @RequestParam LocalDate to) {
        return new FiguresResponse(unitId, from, to, figures.all(unitId, from, to));
    }

    @GetMapping("/compliance")
    @PreAuthorize("@dialogueAccess.canView(#unitId)")
    List<ComplianceResponse> compliance(@RequestParam Long unitId, @RequestParam(required = false) Integer year) {
        LocalDate today = service.today();
        return queries.compliance(unitId, year == null ? today.getYear() : year, today).stream()
                .map(c -> new ComplianceResponse(c.bodyId(), c.bodyName(), c.bodyKind().name(),
                        c.minimum().map(DialogueQueries.Minimum::perYear).orElse(null),
                        c.minimum().map(DialogueQueries.Minimum::legalBasis).orElse(null), c.count(),
                        c.held().stream().map(DialogueQueries.Row::id).toList(), c.status()))
                .toList();
    }
}
