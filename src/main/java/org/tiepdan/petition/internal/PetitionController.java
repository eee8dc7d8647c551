package org.tiepdan.petition.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Access;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/**
 * The petition screens: the register with its search, the intake form, a petition's page with the
 * steps the user may take now, its case, the work queue and dashboard.
 */
@Controller
class PetitionController {

    private final PetitionService service;
    private final PetitionQueries queries;
    private final PetitionAccess petitionAccess;
    private final Access access;
    private final DuplicateFinder duplicates;
    private final NoticeWriter notices;
    private final AttachmentStore attachments;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final Clock clock;
    private final VisitPrefill visits;
    private final org.tiepdan.identity.IdentityPanels identity;

    private final org.tiepdan.account.UnitChoices unitChoices;
    private final ResolutionResultService results;
    private final org.tiepdan.reception.FieldTree fieldTree;

    PetitionController(PetitionService service, PetitionQueries queries, PetitionAccess petitionAccess, Access access,
            DuplicateFinder duplicates, NoticeWriter notices, AttachmentStore attachments, OrgUnits units,
            OrgUnitHierarchy hierarchy, Clock clock, VisitPrefill visits,
            org.tiepdan.identity.IdentityPanels identity, org.tiepdan.account.UnitChoices unitChoices,
            ResolutionResultService results, org.tiepdan.reception.FieldTree fieldTree) {
        this.fieldTree = fieldTree;
        this.unitChoices = unitChoices;
        this.results = results;
        this.visits = visits;
        this.identity = identity;
        this.service = service;
        this.queries = queries;
        this.petitionAccess = petitionAccess;
        this.access = access;
        this.duplicates = duplicates;
        this.notices = notices;
        this.attachments = attachments;
        this.units = units;
        this.hierarchy = hierarchy;
        this.clock = clock;
    }

    // --- register and search ---------------------------------------------------------------

    @GetMapping("/petitions")
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) PetitionKind kind, @RequestParam(required = false) String state,
            @RequestParam(required = false) java.time.LocalDate from,
            @RequestParam(required = false) java.time.LocalDate to, @RequestParam(required = false) String field,
            @RequestParam(required = false) Boolean overdue, @RequestParam(required = false) Boolean degradationRelated,
            @RequestParam(required = false) Boolean mass, @RequestParam(required = false) Boolean complex,
            @RequestParam(defaultValue = "1") int page, Model model) {
        var filter = new PetitionQueries.Filter(q, unitId, kind, state, from, to, field, complex, null, mass,
                degradationRelated, null, overdue, null);
        model.addAttribute("filter", filter);
        var result = queries.search(filter, petitionAccess.visibleUnits(),
                unitId == null ? null : hierarchy.subtreeWithPredecessors(unitId), page);
        model.addAttribute("result", result);
        model.addAttribute("pager", org.tiepdan.platform.Pager.of(result.page(), result.pages(), result.total(), 1));
        model.addAttribute("units", intakeUnits(PetitionAccess.READERS));
        model.addAttribute("canIntake", !intakeUnits(PetitionAccess.INTAKE).isEmpty());
        model.addAttribute("cases", q == null || q.isBlank() ? List.of()
                : queries.cases(q, petitionAccess.visibleUnits(), 10));
        return "petition/list";
    }

    // --- intake ------------------------------------------------------------------------------

    @GetMapping("/petitions/new")
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    String newForm(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Long visitId,
            Model model) {
        PetitionForms.IntakeForm form = visitId == null ? new PetitionForms.IntakeForm()
                : visits.prefill(visitId).filter(f -> petitionAccess.canIntake(f.getUnitId()))
                        .orElseGet(PetitionForms.IntakeForm::new);
        if (visitId != null && form.getReceptionVisitId() != null) {
            return showIntake(form, model);
        }
        // The receiving body: the one asked for, or the body where the user holds an intake role; for a
        // role held at a territory, no preselection ("— Chọn —"): the user picks one of its bodies.
        boolean body = unitId != null && units.find(unitId).map(u -> !u.kind().isArea()).orElse(false);
        form.setUnitId(body ? unitId : unitChoices.defaultHolder(PetitionAccess.INTAKE));
        form.setReceivedOn(Dates.today(clock));
        return showIntake(form, model);
    }

    @PostMapping("/petitions/new")
    @PreAuthorize("#form.unitId == null ? @petitionAccess.readsSomewhere() : @petitionAccess.canIntake(#form.unitId)")
    String intake(@ModelAttribute("form") PetitionForms.IntakeForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.getUnitId() == null && !binding.hasFieldErrors("unitId")) {
            binding.rejectValue("unitId", "error.petition-unit-required", "error.petition-unit-required");
        }
        PetitionForms.checkPeople(form, binding);
        return FormErrors.submit(binding, () -> {
            Petition p = service.intake(form.toIntake());
            redirect.addFlashAttribute("success", "petition.saved");
            return "redirect:/petitions/" + p.id();
        }, () -> showIntake(form, model));
    }

    private String showIntake(PetitionForms.IntakeForm form, Model model) {
        model.addAttribute("form", form);
        List<OrgUnitView> bodies = new ArrayList<>(unitChoices.holders(PetitionAccess.INTAKE));
        if (form.getUnitId() != null && bodies.stream().noneMatch(b -> b.id() == form.getUnitId())) {
            units.find(form.getUnitId()).filter(u -> org.tiepdan.org.HoldingBody.isBody(u.kind()))
                    .filter(u -> petitionAccess.canIntake(u.id())).ifPresent(u -> bodies.add(0, u));
        }
        model.addAttribute("units", bodies);
        return "petition/form";
    }

    /** The units where the user holds one of the roles, with the bodies directly under them. */
    private List<OrgUnitView> intakeUnits(java.util.Set<org.tiepdan.account.Role> roles) {
        Map<Long, OrgUnitView> found = new LinkedHashMap<>();
        for (RoleGrantView g : access.currentUser().map(u -> u.grants()).orElse(List.of())) {
            if (!roles.contains(g.role()) || g.unitId() == null) {
                continue;
            }
            units.find(g.unitId()).ifPresent(u -> found.putIfAbsent(u.id(), u));
            units.children(g.unitId()).stream().filter(OrgUnitView::isOpen).filter(u -> !u.kind().isArea())
                    .forEach(u -> found.putIfAbsent(u.id(), u));
        }
        return new ArrayList<>(found.values());
    }

    // --- a petition --------------------------------------------------------------------------

    @GetMapping("/petitions/{id}")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    String detail(@PathVariable long id, Model model) {
        return showDetail(id, model, null, null);
    }

    private String showDetail(long id, Model model, String failedAction, DomainException error) {
        Petition p = service.get(id);
        model.addAttribute("p", PetitionViews.PetitionView.of(p, units.get(p.unitId()).name(), service.allowedFor(p)));
        model.addAttribute("fields", PetitionForms.FIELDS);
        model.addAttribute("filingLimit", service.filingLimit(p).orElse(null));
        model.addAttribute("ending", p.allowedActions().stream().filter(a -> endsTheCase(p, a)).map(Action::name)
                .collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("ineligibilityReasons", PetitionForms.ineligibilityReasons());
        model.addAttribute("archiveReasons", PetitionForms.archiveReasons());
        model.addAttribute("kinds", PetitionKind.values());
        model.addAttribute("petitionFields", fieldTree.offered());
        model.addAttribute("fieldLabel", fieldTree.label(p.field()));
        model.addAttribute("competences", org.tiepdan.petition.Competence.values());
        model.addAttribute("destinationCategories", DestinationCategory.values());
        model.addAttribute("targetUnitName", p.targetUnitId() == null ? null
                : units.find(p.targetUnitId()).map(org.tiepdan.org.OrgUnitView::name).orElse(null));
        model.addAttribute("complaintOutcomes", java.util.Arrays.stream(Outcome.values())
                .filter(o -> o.kind == PetitionKind.COMPLAINT).toList());
        model.addAttribute("denunciationOutcomes", java.util.Arrays.stream(Outcome.values())
                .filter(o -> o.kind == PetitionKind.DENUNCIATION).toList());
        model.addAttribute("attachments", attachments.list(id));
        model.addAttribute("identity", p.identitySealed()
                ? identity.panel(org.tiepdan.identity.SubjectRef.petition(p.id())) : null);
        DuplicateFinder.Proposals proposals = duplicates.forViewer(id);
        model.addAttribute("duplicates", proposals.shown());
        model.addAttribute("sealedMatch", proposals.sealedMatch());
        model.addAttribute("canResolveSealedMatch", proposals.canResolve());
        if (!model.containsAttribute("sealedMatches")) {
            model.addAttribute("sealedMatches", List.of());
        }
        model.addAttribute("today", Dates.format(Dates.today(clock)));
        model.addAttribute("failedAction", failedAction);
        if (error != null) {
            model.addAttribute("errorKey", error.messageKey());
            model.addAttribute("errorArgs", error.args());
        }
        model.addAttribute("undoable", petitionAccess.canUndo(id)
                ? p.undoableStep(Dates.today(clock)).map(PetitionViews.UndoableStep::of).orElse(null) : null);
        if (!model.containsAttribute("undo")) {
            model.addAttribute("undo", new PetitionForms.UndoForm());
        }
        PetitionForms.ActionForm fresh = new PetitionForms.ActionForm();
        fresh.setOn(Dates.today(clock));
        fresh.setDocumentDate(Dates.today(clock));
        model.addAttribute("freshStep", fresh);
        if (!model.containsAttribute("step")) {
            model.addAttribute("step", fresh);
        }
        if (!model.containsAttribute("classify")) {
            PetitionForms.ClassifyForm c = new PetitionForms.ClassifyForm();
            c.setOn(Dates.today(clock));
            c.setKind(p.kind());
            c.setField(p.field());
            if (p.competence() != null) {
                c.setCompetence(p.competence());
            }
            c.setComplex(p.complex());
            c.setProlonged(p.prolonged());
            c.setMass(p.mass());
            c.setDegradationRelated(p.degradationRelated());
            c.setIncited(p.incited());
            c.setRemoteArea(p.remoteArea());
            model.addAttribute("classify", c);
        }
        // The results the statistical tables ask of a complaint or denunciation the body resolves (issue 21).
        boolean resolvable = (p.kind() == PetitionKind.COMPLAINT || p.kind() == PetitionKind.DENUNCIATION)
                && p.competence() == org.tiepdan.petition.Competence.RESOLVE;
        java.util.Optional<ResolutionResults> recorded = resolvable ? results.find(id) : java.util.Optional.empty();
        model.addAttribute("resultsApplicable", resolvable);
        model.addAttribute("resultsOpen", resolvable && ResolutionResultService.RESOLVED.contains(p.state().name()));
        model.addAttribute("resultsRecorded", recorded.orElse(null));
        if (!model.containsAttribute("results")) {
            model.addAttribute("results", recorded.map(PetitionForms.ResultsForm::of)
                    .orElseGet(PetitionForms.ResultsForm::new));
        }
        return "petition/detail";
    }

    /**
     * The results of a resolved complaint or denunciation, typed on its page: every figure that is not
     * a number or breaks a rule of the results service comes back beside its field, with what was
     * typed; nothing is written unless all are right.
     */
    @PostMapping("/petitions/{id}/results")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String recordResults(@PathVariable long id, @ModelAttribute("results") PetitionForms.ResultsForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ResolutionResults typed = form.parse(binding);
        typed.problems().forEach(e -> FormErrors.reject(binding, e));
        if (binding.hasErrors()) {
            return showDetail(id, model, "RESULTS", null);
        }
        try {
            results.record(id, typed);
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return showDetail(id, model, "RESULTS", null);
        }
        redirect.addFlashAttribute("success", "petition.results.saved");
        return "redirect:/petitions/" + id + "#results";
    }

    /**
     * A step that ends the case (withdrawal, termination, a decision, a refusal...) is confirmed on
     * the screen first: a wrong click would settle the case in the reports.
     */
    static boolean endsTheCase(Petition p, Action a) {
        return !p.state().settles() && p.workflow().next(p.state(), a).map(PetitionState::settles).orElse(false);
    }

    @PostMapping("/petitions/{id}/classify")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String classify(@PathVariable long id, @ModelAttribute("classify") PetitionForms.ClassifyForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        PetitionForms.requireChoices(form, binding);
        if (binding.hasErrors()) {
            return showDetail(id, model, "CLASSIFY", null);
        }
        try {
            service.classify(id, Step.on(form.getOn() == null ? Dates.today(clock) : form.getOn()),
                    form.toClassification());
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return showDetail(id, model, "CLASSIFY", null);
        } catch (OptimisticLockingFailureException e) {
            return showDetail(id, model, "CLASSIFY", DomainException.conflict("stale-edit"));
        }
        redirect.addFlashAttribute("success", "petition.done");
        return "redirect:/petitions/" + id;
    }

    /**
     * A step of the workflow from its form on the petition's page. Bad input (an impossible date, a
     * missing document, a step the rules refuse) redraws the page with this step's form open, every
     * error beside its field and what was typed kept.
     */
    @PostMapping("/petitions/{id}/actions/{action}")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String act(@PathVariable long id, @PathVariable String action,
            @ModelAttribute("step") PetitionForms.ActionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        Action a = Action.fromUrl(action);
        PetitionForms.requireChoices(a, form, binding);
        // A step that ends the case is confirmed first (Enter in one of its inputs submits without
        // the tick: the page comes back with what the citizen will be told and every error at once).
        if (endsTheCase(service.get(id), a) && !form.isConfirmed()) {
            FormErrors.reject(binding, DomainException.invalid("petition-confirm-required", "confirmed"));
        }
        if (binding.hasErrors()) {
            return showDetail(id, model, a.name(), null);
        }
        try {
            service.act(id, a, form.toStep(Dates.today(clock)));
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
            return showDetail(id, model, a.name(), null);
        } catch (OptimisticLockingFailureException e) {
            return showDetail(id, model, a.name(), DomainException.conflict("stale-edit"));
        }
        redirect.addFlashAttribute("success", "petition.done");
        return "redirect:/petitions/" + id;
    }

    /** A head undoes the last step recorded by mistake today, with a reason (audited). */
    @PostMapping("/petitions/{id}/undo")
    @PreAuthorize("@petitionAccess.canUndo(#id)")
    String undo(@PathVariable long id, @ModelAttribute("undo") PetitionForms.UndoForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                service.undoLastStep(id, form.getReason());
                redirect.addFlashAttribute("success", "petition.undone");
                return "redirect:/petitions/" + id;
            } catch (DomainException e) {
                FormErrors.reject(binding, e);
            } catch (OptimisticLockingFailureException e) {
                return showDetail(id, model, "UNDO", DomainException.conflict("stale-edit"));
            }
        }
        return showDetail(id, model, "UNDO", null);
    }

    /** The custodian resolves a withheld sealed identity match: shown once, audited, never cached. */
    @PostMapping("/petitions/{id}/duplicates/sealed")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    String resolveSealedMatch(@PathVariable long id, Model model, jakarta.servlet.http.HttpServletResponse response) {
        response.setHeader(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store, max-age=0");
        model.addAttribute("sealedMatches", duplicates.resolve(id));
        return showDetail(id, model, null, null);
    }

    @PostMapping("/petitions/duplicates/{proposalId}/{decision}")
    @PreAuthorize("@petitionAccess.canHandleDuplicate(#proposalId)")
    String duplicate(@PathVariable long proposalId, @PathVariable String decision, @RequestParam long petitionId,
            RedirectAttributes redirect) {
        service.decideDuplicate(proposalId, "link".equals(decision));
        redirect.addFlashAttribute("success", "petition.done");
        return "redirect:/petitions/" + petitionId;
    }

    @GetMapping("/petitions/{id}/events/{eventId}/notice")
    @PreAuthorize("@petitionAccess.canRead(#id)")
    ResponseEntity<byte[]> notice(@PathVariable long id, @PathVariable long eventId) {
        return PetitionApiController.noticeResponse(service.get(id), eventId, notices);
    }

    @PostMapping("/petitions/{id}/attachments")
    @PreAuthorize("@petitionAccess.canHandle(#id)")
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) MultipartFile file,
            Model model, RedirectAttributes redirect) throws IOException {
        Petition p = service.get(id);
        if (file == null || file.isEmpty()) {
            return showDetail(id, model, "ATTACH", DomainException.invalid("petition-attachment-empty", "file"));
        }
        try {
            attachments.store(id, p.unitId(), file.getOriginalFilename(), file.getBytes(),
                    petitionAccess.actorAt(p.unitId()).username());
        } catch (DomainException e) {
            return showDetail(id, model, "ATTACH", e);
        }
        redirect.addFlashAttribute("success", "petition.done");
        return "redirect:/petitions/" + id;
    }

    /** The redacted copy of a sealed original, as a scan the officer redacted on paper or elsewhere. */
    @PostMapping("/petitions/attachments/{attachmentId}/redacted")
    @PreAuthorize("@petitionAccess.canHandleAttachment(#attachmentId)")
    String uploadRedacted(@PathVariable long attachmentId,
            @RequestParam(value = "file", required = false) MultipartFile file, Model model,
            RedirectAttributes redirect) throws IOException {
        AttachmentStore.Attachment a = attachments.meta(attachmentId);
        if (file == null || file.isEmpty()) {
            return showDetail(a.petitionId(), model, "ATTACH",
                    DomainException.invalid("petition-attachment-empty", "file"));
        }
        try {
            attachments.storeRedacted(attachmentId, file.getBytes(),
                    access.currentUser().map(u -> u.getUsername()).orElse(null));
        } catch (DomainException e) {
            return showDetail(a.petitionId(), model, "ATTACH", e);
        }
        redirect.addFlashAttribute("success", "petition.done");
        return "redirect:/petitions/" + a.petitionId();
    }

    @GetMapping("/petitions/attachments/{attachmentId}")
    @PreAuthorize("@petitionAccess.canReadAttachment(#attachmentId)")
    ResponseEntity<byte[]> download(@PathVariable long attachmentId) {
        return PetitionApiController.downloadResponse(attachments.read(attachmentId));
    }

    // --- cases -------------------------------------------------------------------------------

    @GetMapping("/cases/{id}")
    @PreAuthorize("@petitionAccess.canReadCase(#id)")
    String caseDetail(@PathVariable long id, Model model) {
        PetitionCase c = service.getCase(id);
        model.addAttribute("c", PetitionViews.CaseView.of(c, units.get(c.unitId()).name(), List.of()));
        model.addAttribute("petitions", service.petitionsOfCase(id).stream()
                .map(p -> PetitionViews.PetitionView.of(p, units.get(p.unitId()).name(), java.util.Set.of())).toList());
        return "petition/case";
    }

    // --- work queue and dashboard ----------------------------------------------------------------

    @GetMapping("/work")
    @PreAuthorize("@petitionAccess.readsSomewhere()")
    String work(@RequestParam(defaultValue = "false") boolean mine, Model model) {
        List<Long> handling = petitionAccess.unitsWith(PetitionAccess.HANDLERS);
        String me = access.currentUser().map(u -> u.getUsername()).orElse(null);
        boolean none = handling != null && handling.isEmpty();
        List<PetitionQueries.Row> queue = none ? List.of() : queries.queue(handling, mine ? me : null);
        model.addAttribute("queue", queue);
        model.addAttribute("mine", mine);
        model.addAttribute("d", none ? PetitionQueries.Dashboard.EMPTY : queries.dashboard(queue, handling, mine ? me : null));
        model.addAttribute("reminders", handling != null && handling.isEmpty() ? List.of()
                : queries.reminders(handling, 20));
        return "petition/work";
    }
}
