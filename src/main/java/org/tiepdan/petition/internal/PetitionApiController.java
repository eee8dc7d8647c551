package org.tiepdan.petition.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Petitions over JSON: intake, classification, every workflow step, queries, duplicates, notices,
 * attachments. Steps the workflow does not allow answer 409 with the rule's code; outside the user's
 * units 403; nothing is written in either case.
 */
@RestController
@RequestMapping("/api/v1/petitions")
class PetitionApiController {

    private final PetitionService service;
    private final PetitionQueries queries;
    private final PetitionAccess access;
    private final DuplicateFinder duplicates;
    private final NoticeWriter notices;
    private final AttachmentStore attachments;
    private final OrgUnits units;
    private final Clock clock;
    private final org.tiepdan.org.OrgUnitHierarchy hierarchy;
    private final org.springframework.context.MessageSource messages;

    PetitionApiController(PetitionService service, PetitionQueries queries, PetitionAccess access,
            DuplicateFinder duplicates, NoticeWriter notices, AttachmentStore attachments, OrgUnits units,
            Clock clock, org.tiepdan.org.OrgUnitHierarchy hierarchy,
            org.springframework.context.MessageSource messages) {
        this.hierarchy = hierarchy;
        this.messages = messages;
        this.service = service;
        this.queries = queries;
        this.access = access;
        this.duplicates = duplicates;
        this.notices = notices;
        this.attachments = attachments;
        this.units = units;
        this.clock = clock;
    }

    /** {@code idKind} optional: without it the kind follows from the number's form (IdDocument.infer). */
    record PetitionerRequest(@Size(max = 255) String fullName, org.tiepdan.platform.IdDocumentKind idKind,
            @Size(max = 32) String idNumber,
            @Size(max = 500) String address, @Size(max = 32) String phone, @Size(max = 255) String email,
            Boolean representative) {
    }

    record IntakeRequest(@NotNull Long unitId, @NotNull Channel channel, @NotNull LocalDate receivedOn,
            @Size(max = 500) String senderBody, @Size(max = 64) String dispatchNumber, LocalDate dispatchDate,
            Long receptionVisitId, @NotBlank @Size(max = 20000) String content, Boolean anonymous, Boolean copy,
            Boolean forwarded, Integer headcount, List<@Valid PetitionerRequest> petitioners, PetitionKind declaredKind,
            Boolean newMatter) {

        Intake toIntake() {
            return new Intake(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate,
                    receptionVisitId, content, t(anonymous), t(copy), t(forwarded), headcount == null ? 1 : headcount,
                    petitioners == null ? List.of() : petitioners.stream().map(p -> new Petitioner(p.fullName(),
                            p.idKind(), p.idNumber(), p.address(), p.phone(), p.email(), t(p.representative())))
                            .toList(),
                    declaredKind, newMatter);
        }
    }

    /** {@code field}: a code of the field tree, or an old flat code (LAND...) standing for its node. */
    record ClassificationRequest(LocalDate on, @NotNull PetitionKind kind, @Size(max = 32) String field, Boolean eligible,
            Reason ineligibility, @NotNull Competence competence, Boolean complex, Boolean prolonged, Boolean mass,
            Boolean degradationRelated, Boolean incited, Boolean remoteArea) {
    }

    /** Absent booleans are false (Jackson 3 refuses null for primitives). */
    static boolean t(Boolean b) {
        return Boolean.TRUE.equals(b);
    }

    record ActionRequest(LocalDate on, @Size(max = 64) String documentNumber, LocalDate documentDate, Reason reason,
            @Size(max = 4000) String note, Outcome outcome, Long targetUnitId, @Size(max = 500) String externalBody,
            @Size(max = 500) String directedBody, LocalDate expectedOn, @Size(max = 100) String handler,
            Boolean especiallyComplex, LocalDate decisionReceivedOn, DestinationCategory destinationCategory) {

        Step toStep(LocalDate today) {
            return new Step(on == null ? today : on, documentNumber, documentDate, reason, note, outcome,
                    targetUnitId, externalBody, directedBody, expectedOn, handler, t(especiallyComplex),
                    decisionReceivedOn, destinationCategory);
        }
    }

    record SplitRequest(LocalDate on, @NotNull List<PetitionKind> kinds) {
    }

    PetitionViews.PetitionView view(Petition p) {
        return PetitionViews.PetitionView.of(p, units.get(p.unitId()).name(), service.allowedFor(p));
    }

    @PostMapping
    @PreAuthorize("@petitionAccess.canIntake(#request.unitId())")
    ResponseEntity<PetitionViews.PetitionView> intake(@Valid @RequestBody IntakeRequest request) {
        Petition p = service.intake(request.toIntake());
        return ResponseEntity.created(URI.create("/api/v1/petitions/" + p.id())).body(view(service.get(p.id())));
    }

    @GetMapping
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    PetitionQueries.Page<PetitionQueries.Row> search(@RequestParam(required = false) String q,
            @RequestParam(required = false) Long unitId, @RequestParam(required = false) PetitionKind kind,
            @RequestParam(required = false) String state, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, @RequestParam(required = false) String field,
            @RequestParam(required = false) Boolean complex, @RequestParam(required = false) Boolean prolonged,
            @RequestParam(required = false) Boolean mass, @RequestParam(required = false) Boolean degradationRelated,
            @RequestParam(required = false) Boolean incited, @RequestParam(required = false) Boolean overdue,
            @RequestParam(required = false) Long caseId, @RequestParam(defaultValue = "1") int page) {
        return queries.search(new PetitionQueries.Filter(q, unitId, kind, state, from, to, field, complex, prolonged,
                mass, degradationRelated, incited, overdue, caseId), access.visibleUnits(),
                unitId == null ? null : hierarchy.subtreeWithPredecessors(unitId), page);
    }

    @GetMapping("/{id}")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    PetitionViews.PetitionView get(@PathVariable long id) {
        return view(service.get(id));
    }

    @PostMapping("/{id}/classification")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    PetitionViews.PetitionView classify(@PathVariable long id, @Valid @RequestBody ClassificationRequest r) {
        service.classify(id, Step.on(r.on() == null ? Dates.today(clock) : r.on()), new Classification(r.kind(),
                r.field(), t(r.eligible()), r.ineligibility(), r.competence(), t(r.complex()), t(r.prolonged()),
                t(r.mass()), t(r.degradationRelated()), t(r.incited()), t(r.remoteArea())));
        return view(service.get(id));
    }

    /** One step of the workflow, e.g. {@code POST /api/v1/petitions/7/actions/accept}. */
    @PostMapping("/{id}/actions/{action}")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    PetitionViews.PetitionView act(@PathVariable long id, @PathVariable String action,
            @Valid @RequestBody ActionRequest request) {
        service.act(id, Action.fromUrl(action), request.toStep(Dates.today(clock)));
        return view(service.get(id));
    }

    @PostMapping("/{id}/split")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    List<Long> split(@PathVariable long id, @Valid @RequestBody SplitRequest request) {
        return service.split(id, request.kinds(), request.on() == null ? Dates.today(clock) : request.on())
                .stream().map(Petition::id).toList();
    }

    @GetMapping("/{id}/duplicates")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    List<DuplicateFinder.Proposal> duplicates(@PathVariable long id) {
        return duplicates.forViewer(id).shown();
    }

    /**
     * Whether a sealed record may concern the same person as this petition (a match on the
     * denouncers' keyed hashes withheld from the current user): a flag and the notice, never which
     * record nor how many.
     */
    @GetMapping("/{id}/duplicates/sealed")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    Map<String, Object> sealedMatch(@PathVariable long id) {
        DuplicateFinder.Proposals p = duplicates.forViewer(id);
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("sealedMatch", p.sealedMatch());
        m.put("canResolve", p.canResolve());
        m.put("notice", p.sealedMatch() ? messages.getMessage("petition.duplicate.sealed-match", null,
                java.util.Locale.forLanguageTag("vi")) : null);
        return m;
    }

    /** The custodian resolves: the withheld matches, named; audited like a reveal, never cached. */
    @PostMapping("/{id}/duplicates/sealed")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    List<DuplicateFinder.Proposal> resolveSealedMatch(@PathVariable long id,
            jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store, max-age=0");
        return duplicates.resolve(id);
    }

    @PostMapping("/duplicates/{proposalId}/{decision}")
    @PreAuthorize("@petitionAccess.canHandleDuplicate(#proposalId)")
    Map<String, Object> decideDuplicate(@PathVariable long proposalId, @PathVariable String decision) {
        boolean link = switch (decision) {
            case "link" -> true;
            case "dismiss" -> false;
            default -> throw DomainException.notFound("petition-action-unknown", decision);
        };
        service.decideDuplicate(proposalId, link);
        return Map.of("id", proposalId, "status", link ? "LINKED" : "DISMISSED");
    }

    @GetMapping("/{id}/events/{eventId}/notice")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable long eventId) {
        return noticeResponse(service.get(id), eventId, notices);
    }

    static ResponseEntity<byte[]> noticeResponse(Petition p, long eventId, NoticeWriter notices) {
        PetitionEvent e = p.events().stream().filter(x -> x.id() == eventId).findFirst()
                .orElseThrow(() -> DomainException.notFound("petition-notice-not-found"));
        byte[] docx = notices.write(p, e);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(notices.fileName(p, e)).build().toString())
                .contentType(MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(docx);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    ResponseEntity<AttachmentStore.Attachment> upload(@PathVariable long id, @RequestPart("file") MultipartFile file)
            throws IOException {
        Petition p = service.get(id);
        var a = attachments.store(id, p.unitId(), file.getOriginalFilename(), file.getBytes(),
                access.actorAt(p.unitId()).username());
        return ResponseEntity.created(URI.create("/api/v1/petitions/attachments/" + a.id())).body(a);
    }

    /** The redacted copy of a sealed original (a denunciation's scan): the only form readers without a grant get. */
    @PostMapping(path = "/attachments/{attachmentId}/redacted", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@petitionAccess.canHandleAttachment(#attachmentId)")
    AttachmentStore.Attachment uploadRedacted(@PathVariable long attachmentId, @RequestPart("file") MultipartFile file)
            throws IOException {
        return attachments.storeRedacted(attachmentId, file.getBytes(), null);
    }

    @GetMapping("/{id}/attachments")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    List<AttachmentStore.Attachment> attachments(@PathVariable long id) {
        return attachments.list(id);
    }

    @GetMapping("/attachments/{attachmentId}")
    @PreAuthorize("@petitionAccess.canReadAttachment(#attachmentId)")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        return downloadResponse(attachments.read(attachmentId));
    }

    static ResponseEntity<byte[]> downloadResponse(AttachmentStore.Content c) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(c.meta().fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .header("X-Checksum-SHA256", c.meta().sha256())
                .contentType(MediaType.parseMediaType(c.meta().contentType()))
                .body(c.data());
    }

    /** The work queue and dashboard of the user's units. */
    @GetMapping("/work")
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    Map<String, Object> work() {
        List<Long> units = access.unitsWith(PetitionAccess.HANDLERS);
        List<PetitionQueries.Row> queue = queries.queue(units, null);
        PetitionQueries.Dashboard d = queries.dashboard(queue, units, null);
        // The lists hold what the queue holds (at most 500); "counts" counts every open petition in scope.
        return Map.of("queue", queue, "dueToday", d.dueToday(), "dueThisWeek", d.dueThisWeek(), "overdue",
                d.overdue(), "byKind", d.byKind(), "byHandler", d.byHandler(), "overdueByUnit", d.overdueByUnit(),
                "counts", Map.of("dueToday", d.dueTodayCount(), "dueThisWeek", d.dueThisWeekCount(), "overdue",
                        d.overdueCount()));
    }
}
