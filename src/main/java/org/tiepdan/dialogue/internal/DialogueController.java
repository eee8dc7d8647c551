package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Access;
import org.tiepdan.account.UnitChoices;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/**
 * The dialogue screens: the list of a unit with its compliance, planning, the dialogue page (opinions
 * recorded on it), one page per step (hold, documents, conclusion, answers, escalation, close,
 * cancel), the follow-up page and the queue of open assignments. A refused step re-renders its form
 * with the message beside the field; nothing is saved.
 */
@Controller
class DialogueController {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final MediaType DOCX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final DialogueService service;
    private final DialogueViews views;
    private final DialogueQueries queries;
    private final FollowUp followUp;
    private final DialogueAccess dialogueAccess;
    private final Access access;
    private final UnitChoices unitChoices;
    private final OrgUnits units;
    private final MessageSource messages;

    DialogueController(DialogueService service, DialogueViews views, DialogueQueries queries, FollowUp followUp,
            DialogueAccess dialogueAccess, Access access, UnitChoices unitChoices, OrgUnits units,
            MessageSource messages) {
        this.service = service;
        this.views = views;
        this.queries = queries;
        this.followUp = followUp;
        this.dialogueAccess = dialogueAccess;
        this.access = access;
        this.unitChoices = unitChoices;
        this.units = units;
        this.messages = messages;
    }

    // --- list and compliance ---------------------------------------------------------------------

    @GetMapping("/dialogues")
    @PreAuthorize("#unitId == null ? @dialogueAccess.readsSomewhere() : @dialogueAccess.canView(#unitId)")
    String list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year,
            Model model) {
        Long unit = unitId != null ? unitId : access.homeUnitId().orElse(null);
        if (unit == null || !dialogueAccess.canView(unit)) {
            throw DomainException.forbidden("forbidden");
        }
        LocalDate today = service.today();
        int y = year == null ? today.getYear() : year;
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("year", y);
        model.addAttribute("dialogues", queries.list(unit, y, null, today));
        model.addAttribute("compliance", queries.compliance(unit, y, today));
        model.addAttribute("canOrganise", dialogueAccess.canOrganise(unit));
        return "dialogue/list";
    }

    @GetMapping("/dialogues/assignments")
    @PreAuthorize("@dialogueAccess.readsSomewhere()")
    String assignments(Model model) {
        LocalDate today = service.today();
        List<Long> scope = dialogueAccess.visibleUnits();
        model.addAttribute("assignments", queries.openAssignments(scope, today, null));
        model.addAttribute("horizon", queries.horizon(today));
        model.addAttribute("reminders", queries.reminders(scope, 20));
        return "dialogue/assignments";
    }

    // --- plan ------------------------------------------------------------------------------------

    @GetMapping("/dialogues/new")
    @PreAuthorize("#unitId == null ? @dialogueAccess.readsSomewhere() : @dialogueAccess.canOrganise(#unitId)")
    String newForm(@RequestParam(required = false) Long unitId, Model model) {
        DialogueForms.PlanForm form = new DialogueForms.PlanForm();
        // The holding body: the one asked for, or the body where the user organises; a role held at a
        // territory preselects none of its bodies (issue 19): the user chooses, the joint host then too.
        Long unit = unitId != null ? unitId : unitChoices.defaultHolder(DialogueAccess.ORGANISERS);
        if (unit != null && units.get(unit).kind().isArea()) {
            unit = null;
        }
        form.setUnitId(unit);
        form.setJointUnitId(defaultBody(unit, OrgUnitKind.PEOPLES_COMMITTEE));
        form.setHeldOn(service.today().plusDays(14));
        return planForm(form, model, null);
    }

    /** On a territory, its body of that kind (a commune's Party committee); a body stays itself for the first. */
    private Long defaultBody(Long unit, OrgUnitKind kind) {
        if (unit == null) {
            return null;
        }
        OrgUnitView u = units.get(unit);
        Long area = u.kind().isArea() ? u.id() : u.parentId();
        if (!u.kind().isArea() && kind == OrgUnitKind.PARTY_COMMITTEE) {
            return u.id();
        }
        if (area == null) {
            return null;
        }
        return units.children(area).stream().filter(c -> c.kind() == kind && c.isOpen() && c.id() != u.id())
                .map(OrgUnitView::id).findFirst().orElse(null);
    }

    @PostMapping("/dialogues/new")
    @PreAuthorize("#form.unitId == null ? @dialogueAccess.readsSomewhere() : @dialogueAccess.canOrganise(#form.unitId)")
    String create(@ModelAttribute("form") DialogueForms.PlanForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (form.getUnitId() == null && !binding.hasFieldErrors("unitId")) {
            binding.rejectValue("unitId", "error.dialogue-unit-required", "error.dialogue-unit-required");
        }
        LocalTime time = DialogueForms.time(form.getStartTime(), "startTime", binding);
        return FormErrors.submit(binding, () -> {
            Dialogue d = service.plan(form.toPlan(time));
            redirect.addFlashAttribute("success", "dialogue.saved");
            return "redirect:/dialogues/" + d.id();
        }, () -> planForm(form, model, null));
    }

    @GetMapping("/dialogues/{id}/edit")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String editForm(@PathVariable long id, Model model) {
        return planForm(DialogueForms.PlanForm.of(service.get(id)), model, id);
    }

    @PostMapping("/dialogues/{id}/edit")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id) and @dialogueAccess.canOrganise(#form.unitId)")
    String edit(@PathVariable long id, @ModelAttribute("form") DialogueForms.PlanForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        LocalTime time = DialogueForms.time(form.getStartTime(), "startTime", binding);
        return FormErrors.submit(binding, () -> {
            service.editPlan(id, form.getVersion(), form.toPlan(time));
            redirect.addFlashAttribute("success", "dialogue.saved");
            return "redirect:/dialogues/" + id;
        }, () -> planForm(form, model, id));
    }

    private String planForm(DialogueForms.PlanForm form, Model model, Long id) {
        model.addAttribute("form", form);
        List<OrgUnitView> holders = new ArrayList<>(unitChoices.holders(DialogueAccess.ORGANISERS));
        if (form.getUnitId() != null && holders.stream().noneMatch(h -> h.id() == form.getUnitId())) {
            units.find(form.getUnitId()).filter(u -> !u.kind().isArea()).ifPresent(u -> holders.add(0, u));
        }
        model.addAttribute("holders", unitChoices.options(holders));
        model.addAttribute("dialogueId", id);
        return "dialogue/plan";
    }

    // --- the dialogue page and its opinions ------------------------------------------------------

    @GetMapping("/dialogues/{id}")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    String detail(@PathVariable long id, Model model) {
        DialogueForms.OpinionForm form = new DialogueForms.OpinionForm();
        DialogueViews.DialogueView v = views.view(id);
        if (v.state() == DialogueState.HELD) {
            form.setStage(OpinionStage.AT);
        }
        return detail(v, form, model);
    }

    private String detail(DialogueViews.DialogueView v, DialogueForms.OpinionForm form, Model model) {
        model.addAttribute("d", v);
        model.addAttribute("opinionForm", form);
        model.addAttribute("canOrganise", dialogueAccess.canOrganiseDialogue(v.id()));
        model.addAttribute("canChair", dialogueAccess.canChair(v.id()));
        return "dialogue/detail";
    }

    @PostMapping("/dialogues/{id}/opinions")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String recordOpinion(@PathVariable long id, @ModelAttribute("opinionForm") DialogueForms.OpinionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            service.recordOpinion(id, form.toOpinion());
            redirect.addFlashAttribute("success", "dialogue.opinion.saved");
            return "redirect:/dialogues/" + id + "#opinions";
        }, () -> detail(views.view(id), form, model));
    }

    @GetMapping("/dialogues/{id}/opinions/{opinionId}/answer")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String spotAnswerForm(@PathVariable long id, @PathVariable long opinionId, Model model) {
        return spotAnswer(id, opinionId, new DialogueForms.SpotAnswerForm(), model);
    }

    @PostMapping("/dialogues/{id}/opinions/{opinionId}/answer")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String spotAnswer(@PathVariable long id, @PathVariable long opinionId,
            @ModelAttribute("form") DialogueForms.SpotAnswerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            service.answerOnSpot(id, opinionId, form.getAnswer(), form.getAnsweredBy());
            redirect.addFlashAttribute("success", "dialogue.opinion.answered");
            return "redirect:/dialogues/" + id + "#opinions";
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        }
        return spotAnswer(id, opinionId, form, model);
    }

    private String spotAnswer(long id, long opinionId, DialogueForms.SpotAnswerForm form, Model model) {
        DialogueViews.DialogueView v = views.view(id);
        model.addAttribute("d", v);
        model.addAttribute("opinion", v.opinions().stream().filter(o -> o.id() == opinionId).findFirst()
                .orElseThrow(() -> DomainException.notFound("dialogue-opinion-not-found")));
        model.addAttribute("form", form);
        return "dialogue/spot-answer";
    }

    @PostMapping("/dialogues/{id}/opinions/{opinionId}/petition")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String turnIntoPetition(@PathVariable long id, @PathVariable long opinionId, RedirectAttributes redirect) {
        try {
            var r = service.turnIntoPetition(id, opinionId);
            redirect.addFlashAttribute("notice", msg("dialogue.opinion.petition-created", r.registrationNumber()));
        } catch (DomainException e) {
            // A button without a field: the message goes at the top of the page it returns to.
            redirect.addFlashAttribute("errorMessage", msg(e.messageKey(), e.args()));
        }
        return "redirect:/dialogues/" + id + "#opinions";
    }

    // --- documents -------------------------------------------------------------------------------

    @GetMapping("/dialogues/{id}/documents/{kind}/issue")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String documentForm(@PathVariable long id, @PathVariable String kind, Model model) {
        DialogueForms.DatedForm form = new DialogueForms.DatedForm();
        form.setOn(service.today());
        return documentForm(id, DocumentKind.fromUrl(kind), form, model);
    }

    @PostMapping("/dialogues/{id}/documents/{kind}/issue")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String issueDocument(@PathVariable long id, @PathVariable String kind,
            @ModelAttribute("form") DialogueForms.DatedForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        DocumentKind k = DocumentKind.fromUrl(kind);
        return FormErrors.submit(binding, () -> {
            DocumentRef ref = service.issueDocument(id, k, form.getOn(), form.getSigner());
            redirect.addFlashAttribute("notice", msg("dialogue.document.issued",
                    msg("dialogue.document." + k), ref.number()));
            return "redirect:/dialogues/" + id + "#documents";
        }, () -> documentForm(id, k, form, model));
    }

    private String documentForm(long id, DocumentKind kind, DialogueForms.DatedForm form, Model model) {
        DialogueViews.DialogueView v = views.view(id);
        if (form.getSigner() == null) {
            form.setSigner(v.chairName());
        }
        model.addAttribute("d", v);
        model.addAttribute("kind", kind);
        model.addAttribute("form", form);
        return "dialogue/document";
    }

    @GetMapping("/dialogues/{id}/files/{documentId}")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long documentId) {
        DialogueFiles.StoredFile f = service.file(id, documentId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(f.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Checksum-SHA256", f.sha256())
                .contentType(DOCX).body(f.content());
    }

    // --- hold and conclude -----------------------------------------------------------------------

    @GetMapping("/dialogues/{id}/hold")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String holdForm(@PathVariable long id, Model model) {
        DialogueViews.DialogueView v = views.view(id);
        DialogueForms.HoldForm form = new DialogueForms.HoldForm();
        form.setHeldOn(v.heldOn().isAfter(service.today()) ? service.today() : v.heldOn());
        form.setPlace(v.place());
        form.setChairName(v.chairName());
        form.setSecretaryName(v.secretaryName());
        return step(v, form, model, "dialogue/hold");
    }

    @PostMapping("/dialogues/{id}/hold")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String hold(@PathVariable long id, @ModelAttribute("form") DialogueForms.HoldForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            service.hold(id, form.toHolding());
            redirect.addFlashAttribute("success", "dialogue.held");
            return "redirect:/dialogues/" + id;
        }, () -> step(views.view(id), form, model, "dialogue/hold"));
    }

    @GetMapping("/dialogues/{id}/conclusion")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    String conclusionForm(@PathVariable long id, Model model) {
        DialogueViews.DialogueView v = views.view(id);
        DialogueForms.ConclusionForm form = new DialogueForms.ConclusionForm();
        form.setOn(service.today());
        form.setSigner(v.chairName());
        Long defaultAssignee = defaultBody(v.unitId(), OrgUnitKind.PEOPLES_COMMITTEE);
        for (DialogueViews.OpinionView o : v.openOpinions()) {
            DialogueForms.RouteRow r = new DialogueForms.RouteRow();
            r.setOpinionId(o.id());
            r.setAssigneeUnitId(defaultAssignee);
            form.getRoutes().add(r);
        }
        return conclusion(v, form, model);
    }

    @PostMapping("/dialogues/{id}/conclusion")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    String conclude(@PathVariable long id, @ModelAttribute("form") DialogueForms.ConclusionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            DocumentRef ref = service.conclude(id, form.toNotice());
            redirect.addFlashAttribute("notice", msg("dialogue.concluded", ref.number()));
            return "redirect:/dialogues/" + id;
        }, () -> conclusion(views.view(id), form, model));
    }

    private String conclusion(DialogueViews.DialogueView v, DialogueForms.ConclusionForm form, Model model) {
        Map<Long, DialogueViews.OpinionView> byId = new LinkedHashMap<>();
        v.opinions().forEach(o -> byId.put(o.id(), o));
        model.addAttribute("opinionsById", byId);
        model.addAttribute("assignees", assigneeChoices(v.unitId()));
        return step(v, form, model, "dialogue/conclusion");
    }

    /** Bodies a point can be given to: those of the holding body's territory, and the user's own units. */
    private List<UnitChoices.UnitOption> assigneeChoices(long unitId) {
        OrgUnitView unit = units.get(unitId);
        List<OrgUnitView> list = new ArrayList<>();
        if (unit.parentId() != null) {
            units.children(unit.parentId()).stream().filter(u -> !u.kind().isArea() && u.isOpen()).forEach(list::add);
        }
        List<UnitChoices.UnitOption> options = new ArrayList<>(unitChoices.options(list));
        unitChoices.forCurrentUser(null).stream()
                .filter(o -> options.stream().noneMatch(x -> x.id() == o.id()))
                .filter(o -> !units.get(o.id()).kind().isArea())
                .forEach(options::add);
        return options;
    }

    // --- answers, escalations, close, cancel ------------------------------------------------------

    @GetMapping("/dialogues/{id}/assignments/{assignmentId}/answer")
    @PreAuthorize("@dialogueAccess.canAnswer(#id, #assignmentId)")
    String answerForm(@PathVariable long id, @PathVariable long assignmentId, Model model) {
        DialogueForms.AnswerForm form = new DialogueForms.AnswerForm();
        form.setOn(service.today());
        return assignmentStep(id, assignmentId, form, model, "dialogue/answer");
    }

    @PostMapping("/dialogues/{id}/assignments/{assignmentId}/answer")
    @PreAuthorize("@dialogueAccess.canAnswer(#id, #assignmentId)")
    String answer(@PathVariable long id, @PathVariable long assignmentId,
            @ModelAttribute("form") DialogueForms.AnswerForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            service.answer(id, assignmentId, new Assignment.Answer(form.getOn(), form.getDocumentNumber(),
                    form.getAnswer()));
            redirect.addFlashAttribute("success", "dialogue.assignment.answered");
            return "redirect:/dialogues/" + id + "#assignments";
        }, () -> assignmentStep(id, assignmentId, form, model, "dialogue/answer"));
    }

    @GetMapping("/dialogues/{id}/assignments/{assignmentId}/escalate")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String escalationForm(@PathVariable long id, @PathVariable long assignmentId, Model model) {
        DialogueForms.EscalationForm form = new DialogueForms.EscalationForm();
        form.setOn(service.today());
        return assignmentStep(id, assignmentId, form, model, "dialogue/escalate");
    }

    @PostMapping("/dialogues/{id}/assignments/{assignmentId}/escalate")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String escalate(@PathVariable long id, @PathVariable long assignmentId,
            @ModelAttribute("form") DialogueForms.EscalationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            DocumentRef ref = service.escalate(id, assignmentId, new Assignment.Escalation(form.getOn(),
                    form.getHigherBody(), form.getReason(), form.getSigner()));
            redirect.addFlashAttribute("notice", msg("dialogue.assignment.escalated", ref.number()));
            return "redirect:/dialogues/" + id + "#assignments";
        }, () -> assignmentStep(id, assignmentId, form, model, "dialogue/escalate"));
    }

    private String assignmentStep(long id, long assignmentId, Object form, Model model, String view) {
        DialogueViews.DialogueView v = views.view(id);
        model.addAttribute("assignment", v.assignments().stream().filter(a -> a.id() == assignmentId).findFirst()
                .orElseThrow(() -> DomainException.notFound("dialogue-assignment-not-found")));
        return step(v, form, model, view);
    }

    @GetMapping("/dialogues/{id}/close")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    String closeForm(@PathVariable long id, Model model) {
        DialogueViews.DialogueView v = views.view(id);
        DialogueForms.DatedForm form = new DialogueForms.DatedForm();
        form.setOn(service.today());
        form.setSigner(v.chairName());
        return step(v, form, model, "dialogue/close");
    }

    @PostMapping("/dialogues/{id}/close")
    @PreAuthorize("@dialogueAccess.canChair(#id)")
    String close(@PathVariable long id, @ModelAttribute("form") DialogueForms.DatedForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            DocumentRef ref = service.close(id, form.getOn(), form.getSigner());
            redirect.addFlashAttribute("notice", msg("dialogue.closed", ref.number()));
            return "redirect:/dialogues/" + id;
        }, () -> step(views.view(id), form, model, "dialogue/close"));
    }

    @GetMapping("/dialogues/{id}/cancel")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String cancelForm(@PathVariable long id, Model model) {
        return step(views.view(id), new DialogueForms.CancelForm(), model, "dialogue/cancel");
    }

    @PostMapping("/dialogues/{id}/cancel")
    @PreAuthorize("@dialogueAccess.canOrganiseDialogue(#id)")
    String cancel(@PathVariable long id, @ModelAttribute("form") DialogueForms.CancelForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        try {
            service.cancel(id, form.getReason());
            redirect.addFlashAttribute("success", "dialogue.cancelled");
            return "redirect:/dialogues/" + id;
        } catch (DomainException e) {
            FormErrors.reject(binding, e);
        }
        return step(views.view(id), form, model, "dialogue/cancel");
    }

    private static String step(DialogueViews.DialogueView v, Object form, Model model, String view) {
        model.addAttribute("d", v);
        model.addAttribute("form", form);
        return view;
    }

    // --- follow-up -------------------------------------------------------------------------------

    @GetMapping("/dialogues/{id}/follow-up")
    @PreAuthorize("@dialogueAccess.canViewDialogue(#id)")
    String followUp(@PathVariable long id, Model model) {
        model.addAttribute("f", followUp.staff(id));
        model.addAttribute("published", FollowUp.published(views.view(id).state()));
        return "dialogue/follow-up";
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
