package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.Access;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;
import org.tiepdan.reception.SessionKind;

/**
 * The front desk: the sessions of a unit, opening a session, entering visits on one screen
 * (keyboard only), a visit's page and its correction, the logbook and the documents.
 */
@Controller
@RequestMapping("/reception")
class ReceptionController {

    private final ReceptionService reception;
    private final ScheduleService schedules;
    private final ReceptionDocuments documents;
    private final Logbook logbook;
    private final ReferenceData reference;
    private final OrgUnits units;
    private final Access access;
    private final ReceptionAccess receptionAccess;
    private final Clock clock;

    private final org.tiepdan.identity.IdentityPanels identityPanels;

    private final org.tiepdan.account.UnitChoices unitChoices;

    ReceptionController(ReceptionService reception, ScheduleService schedules, ReceptionDocuments documents,
            Logbook logbook, ReferenceData reference, OrgUnits units, Access access, ReceptionAccess receptionAccess,
            Clock clock, org.tiepdan.identity.IdentityPanels identityPanels,
            org.tiepdan.account.UnitChoices unitChoices) {
        this.unitChoices = unitChoices;
        this.identityPanels = identityPanels;
        this.reception = reception;
        this.schedules = schedules;
        this.documents = documents;
        this.logbook = logbook;
        this.reference = reference;
        this.units = units;
        this.access = access;
        this.receptionAccess = receptionAccess;
        this.clock = clock;
    }

    // --- sessions ------------------------------------------------------------------------------

    @GetMapping
    @PreAuthorize("#unitId == null ? isAuthenticated() : @receptionAccess.canView(#unitId)")
    String index(@RequestParam(required = false) Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        List<OrgUnitView> mine = myUnits();
        Long chosen = unitId != null ? unitId : mine.isEmpty() ? null : mine.get(0).id();
        model.addAttribute("myUnits", mine);
        if (chosen == null) {
            return "reception/index";
        }
        LocalDate today = Dates.today(clock);
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        OrgUnitView unit = units.get(chosen);
        model.addAttribute("unit", unit);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        model.addAttribute("sessions", reception.sessionRows(chosen, start, end));
        model.addAttribute("canRecord", receptionAccess.canRecord(chosen));
        model.addAttribute("upcoming", schedules.upcoming(schedules.forUnits(scheduleUnits(unit)), 4));
        return "reception/index";
    }

    @GetMapping("/sessions/new")
    @PreAuthorize("@receptionAccess.canRecord(#unitId)")
    String newSession(@RequestParam Long unitId, @RequestParam(required = false) Long scheduleId,
            @RequestParam(required = false) LocalDate date, @RequestParam(required = false) SessionKind kind,
            Model model) {
        ReceptionForms.SessionForm form = new ReceptionForms.SessionForm();
        // A session is held by a body (HoldingBody): asked from a territory, the form lets the user
        // choose one of its bodies, none preselected.
        List<OrgUnitView> holders = unitChoices.holdersAt(unitId);
        form.setUnitId(holders.size() == 1 && holders.get(0).id() == unitId ? unitId : null);
        form.setDate(date != null ? date : Dates.today(clock));
        if (kind != null) {
            form.setKind(kind);
        }
        if (scheduleId != null) {
            ReceptionSchedule s = schedules.get(scheduleId);
            form.setScheduleId(scheduleId);
            form.setPlace(s.place());
            form.setKind(SessionKind.PERIODIC);
            List<ReceptionForms.HostRow> rows = new ArrayList<>();
            for (ScheduleHost h : s.hosts()) {
                ReceptionForms.HostRow row = new ReceptionForms.HostRow();
                row.setHostUnitId(h.hostUnitId());
                row.setPersonName(h.personName());
                row.setCapacity(HostCapacity.HEAD);
                rows.add(row);
            }
            while (rows.size() < 2) {
                rows.add(new ReceptionForms.HostRow());
            }
            form.setHosts(rows);
        } else if (form.getKind() == SessionKind.REGULAR) {
            form.getHosts().get(0).setCapacity(HostCapacity.STAFF);
            access.currentUser().ifPresent(u -> form.getHosts().get(0).setPersonName(u.fullName()));
        }
        return sessionForm(form, null, model, unitId);
    }

    @PostMapping("/sessions/new")
    @PreAuthorize("#form.unitId == null ? @receptionAccess.canRecord(#area) : @receptionAccess.canRecord(#form.unitId)")
    String createSession(@ModelAttribute("form") ReceptionForms.SessionForm form, BindingResult binding,
            @RequestParam(required = false) Long area, @RequestParam(defaultValue = "false") boolean confirm,
            Model model, RedirectAttributes redirect) {
        if (form.getUnitId() == null && !binding.hasFieldErrors("unitId")) {
            binding.rejectValue("unitId", "error.holder-required", "error.holder-required");
        } else if (form.getUnitId() != null && area != null && form.getUnitId().longValue() != area
                && unitChoices.holdersAt(area).stream().noneMatch(h -> h.id() == form.getUnitId())) {
            // The chosen body is a unit id taken from the request: one of the territory's bodies.
            binding.rejectValue("unitId", "error.holder-required", "error.holder-required");
        }
        if (!binding.hasErrors() && !confirm && form.getUnitId() != null) {
            // A second open session of the same day and place: warned about, opened when sent again.
            List<Long> same = reception.openSessionsLike(form.getUnitId(), form.getDate(), form.getPlace());
            if (!same.isEmpty()) {
                model.addAttribute("sameSessions", same);
                return sessionForm(form, null, model, area);
            }
        }
        return FormErrors.submit(binding, () -> {
            ReceptionSession s = reception.openSession(command(form));
            redirect.addFlashAttribute("success", "reception.session.saved");
            return "redirect:/reception/sessions/" + s.id();
        }, () -> sessionForm(form, null, model, area));
    }

    @GetMapping("/sessions/{id}/edit")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    String editSession(@PathVariable long id, Model model) {
        ReceptionSession s = reception.session(id);
        ReceptionForms.SessionForm form = new ReceptionForms.SessionForm();
        form.setUnitId(s.unitId());
        form.setKind(s.kind());
        form.setDate(s.date());
        form.setPlace(s.place());
        form.setScheduleId(s.scheduleId());
        form.setParticipants(s.participants());
        form.setVersion(s.version());
        List<ReceptionForms.HostRow> rows = new ArrayList<>();
        for (SessionHost h : s.hosts()) {
            ReceptionForms.HostRow row = new ReceptionForms.HostRow();
            row.setHostUnitId(h.hostUnitId());
            row.setCapacity(h.capacity());
            row.setPersonName(h.personName());
            row.setAuthorisationRef(h.authorisationRef());
            rows.add(row);
        }
        while (rows.size() < 2) {
            rows.add(new ReceptionForms.HostRow());
        }
        form.setHosts(rows);
        return sessionForm(form, s, model);
    }

    @PostMapping("/sessions/{id}/edit")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    String updateSession(@PathVariable long id, @ModelAttribute("form") ReceptionForms.SessionForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ReceptionSession s = reception.session(id);
        form.setUnitId(s.unitId());
        return FormErrors.submit(binding, () -> {
            reception.correctSession(id, form.getVersion(), command(form));
            redirect.addFlashAttribute("success", "reception.session.saved");
            return "redirect:/reception/sessions/" + id;
        }, () -> sessionForm(form, s, model));
    }

    @PostMapping("/sessions/{id}/close")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    String closeSession(@PathVariable long id, RedirectAttributes redirect) {
        reception.closeSession(id);
        redirect.addFlashAttribute("success", "reception.session.closed-done");
        return "redirect:/reception/sessions/" + id;
    }

    @GetMapping("/sessions/{id}")
    @PreAuthorize("@receptionAccess.canViewSession(#id)")
    String session(@PathVariable long id, Model model) {
        ReceptionSession s = reception.session(id);
        ReceptionForms.VisitForm form = new ReceptionForms.VisitForm();
        form.setDate(s.date());
        form.setAddressUnitId(homeCommune(s.unitId()));
        return sessionPage(s, form, model);
    }

    @PostMapping("/sessions/{id}/visits")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    String recordVisit(@PathVariable long id, @ModelAttribute("form") ReceptionForms.VisitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ReceptionSession s = reception.session(id);
        return FormErrors.submit(binding, () -> {
            ReceptionVisit v = reception.recordVisit(id, form.data());
            redirect.addFlashAttribute("success", "reception.visit.saved");
            redirect.addFlashAttribute("savedVisitId", v.id());
            return "redirect:/reception/sessions/" + id;
        }, () -> sessionPage(s, form, model));
    }

    private String sessionPage(ReceptionSession s, ReceptionForms.VisitForm form, Model model) {
        model.addAttribute("rs", s);
        model.addAttribute("unit", units.get(s.unitId()));
        model.addAttribute("form", form);
        List<ReceptionVisit> visits = reception.visitsOf(s.id());
        model.addAttribute("visits", visits);
        model.addAttribute("people", visits.stream().filter(v -> v.outcome() != Outcome.REFUSED)
                .mapToInt(ReceptionVisit::headcount).sum());
        model.addAttribute("addresses", addressesOf(visits));
        model.addAttribute("canRecord", receptionAccess.canRecord(s.unitId()));
        model.addAttribute("canCorrect", !s.closed() || receptionAccess.canCorrectClosed(s));
        addVisitChoices(model, s.unitId(), form.getAddressUnitId());
        model.addAttribute("hostUnits", hostUnitNames(s.hosts()));
        return "reception/session";
    }

    // --- visits --------------------------------------------------------------------------------

    @GetMapping("/visits/{id}")
    @PreAuthorize("@receptionAccess.canViewVisit(#id)")
    String visit(@PathVariable long id, Model model) {
        ReceptionVisit v = reception.visit(id);
        ReceptionSession s = reception.session(v.sessionId());
        model.addAttribute("visit", v);
        model.addAttribute("rs", s);
        model.addAttribute("address", documents.fullAddress(v));
        model.addAttribute("fieldLabel", reference.fieldLabels().getOrDefault(v.fieldCode(), v.fieldCode()));
        model.addAttribute("ground", v.refusalGround() == null ? null
                : reference.refusalGround(v.refusalGround()).orElse(null));
        model.addAttribute("earlier", v.denunciation() ? List.of()
                : reception.recognise(s.unitId(), v.citizenIdNumber(), v.citizenName(), v.addressUnitId(), v.hamlet(),
                        v.id()).stream().filter(ReceptionService.EarlierVisit::exact).toList());
        model.addAttribute("identity", v.denunciation()
                ? identityPanels.panel(org.tiepdan.identity.SubjectRef.visit(v.id())) : null);
        model.addAttribute("canCorrect", receptionAccess.canRecord(s.unitId())
                && (!s.closed() || receptionAccess.canCorrectClosed(s)));
        return "reception/visit";
    }

    @GetMapping("/visits/{id}/edit")
    @PreAuthorize("@receptionAccess.canRecordVisit(#id)")
    String editVisit(@PathVariable long id, Model model) {
        ReceptionVisit v = reception.visit(id);
        return visitEdit(v, ReceptionForms.VisitForm.of(v), model);
    }

    @PostMapping("/visits/{id}/edit")
    @PreAuthorize("@receptionAccess.canRecordVisit(#id)")
    String updateVisit(@PathVariable long id, @ModelAttribute("form") ReceptionForms.VisitForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        ReceptionVisit v = reception.visit(id);
        return FormErrors.submit(binding, () -> {
            reception.correctVisit(id, form.getVersion(), form.data());
            redirect.addFlashAttribute("success", "reception.visit.saved");
            return "redirect:/reception/visits/" + id;
        }, () -> visitEdit(v, form, model));
    }

    private String visitEdit(ReceptionVisit v, ReceptionForms.VisitForm form, Model model) {
        ReceptionSession s = reception.session(v.sessionId());
        model.addAttribute("visit", v);
        model.addAttribute("rs", s);
        model.addAttribute("form", form);
        addVisitChoices(model, s.unitId(), form.getAddressUnitId());
        return "reception/visit-edit";
    }

    /** Earlier visits of the citizen being typed (htmx, while typing). */
    @GetMapping("/sessions/{id}/recognise")
    @PreAuthorize("@receptionAccess.canRecordInSession(#id)")
    String recognise(@PathVariable long id, @RequestParam(required = false) String citizenName,
            @RequestParam(required = false) String citizenIdNumber, @RequestParam(required = false) Long addressUnitId,
            @RequestParam(required = false) String hamlet, Model model) {
        ReceptionSession s = reception.session(id);
        model.addAttribute("earlier", reception.recognise(s.unitId(), citizenIdNumber, citizenName, addressUnitId,
                hamlet, null));
        model.addAttribute("typed", (citizenName != null && citizenName.strip().length() >= 3)
                || (citizenIdNumber != null && !citizenIdNumber.isBlank()));
        model.addAttribute("selected", (Long) null);
        return "reception/fragments :: earlier";
    }

    @GetMapping("/visits/{id}/receipt.docx")
    @PreAuthorize("@receptionAccess.canViewVisit(#id)")
    ResponseEntity<byte[]> receipt(@PathVariable long id) {
        return file(documents.receiptDocx(id), "giay-bien-nhan-" + id + ".docx", ReceptionDocuments.DOCX);
    }

    @GetMapping("/sessions/{id}/minutes.docx")
    @PreAuthorize("@receptionAccess.canViewSession(#id)")
    ResponseEntity<byte[]> minutes(@PathVariable long id) {
        return file(documents.minutesDocx(id), "bien-ban-tiep-cong-dan-" + id + ".docx", ReceptionDocuments.DOCX);
    }

    // --- logbook -------------------------------------------------------------------------------

    @GetMapping("/logbook")
    @PreAuthorize("@receptionAccess.canView(#unitId)")
    String logbook(@RequestParam Long unitId, @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to, Model model) {
        LocalDate today = Dates.today(clock);
        LocalDate start = from != null ? from : LocalDate.of(today.getYear(), 1, 1);
        LocalDate end = to != null ? to : today;
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("rows", logbook.rows(unitId, start, end));
        } catch (DomainException e) {
            model.addAttribute("rows", List.of());
            model.addAttribute("windowError", e.messageKey());
        }
        model.addAttribute("headers", documents.logbookHeaders());
        return "reception/logbook";
    }

    @GetMapping("/logbook.xlsx")
    @PreAuthorize("@receptionAccess.canView(#unitId)")
    ResponseEntity<byte[]> logbookXlsx(@RequestParam Long unitId, @RequestParam LocalDate from,
            @RequestParam LocalDate to) {
        return file(documents.logbookXlsx(unitId, from, to), "so-tiep-cong-dan.xlsx", ReceptionDocuments.XLSX);
    }

    @GetMapping("/logbook.docx")
    @PreAuthorize("@receptionAccess.canView(#unitId)")
    ResponseEntity<byte[]> logbookDocx(@RequestParam Long unitId, @RequestParam LocalDate from,
            @RequestParam LocalDate to) {
        return file(documents.logbookDocx(unitId, from, to), "so-tiep-cong-dan.docx", ReceptionDocuments.DOCX);
    }

    // --- helpers -------------------------------------------------------------------------------

    static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type)).body(bytes);
    }

    private String sessionForm(ReceptionForms.SessionForm form, ReceptionSession existing, Model model) {
        return sessionForm(form, existing, model, null);
    }

    /** {@code area}: the territory a new session was asked from; its bodies are offered as holders. */
    private String sessionForm(ReceptionForms.SessionForm form, ReceptionSession existing, Model model, Long area) {
        long context = area != null ? area : form.getUnitId();
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("unit", units.get(context));
        model.addAttribute("holders", existing == null ? unitChoices.holdersAt(context) : List.of());
        model.addAttribute("bodies", bodiesFor(context));
        return "reception/session-form";
    }

    private ReceptionService.SessionCommand command(ReceptionForms.SessionForm form) {
        return new ReceptionService.SessionCommand(form.getUnitId(), form.getKind(), form.getDate(), form.getPlace(),
                form.getScheduleId(), form.sessionHosts(id -> HostRole.forKind(units.get(id).kind())),
                form.getParticipants());
    }

    private void addVisitChoices(Model model, long unitId, Long addressUnitId) {
        model.addAttribute("fields", reference.fields());
        model.addAttribute("grounds", reference.refusalGrounds());
        model.addAttribute("communes", communesNear(unitId));
        model.addAttribute("hamlets", reception.hamletsOf(addressUnitId));
    }

    private Map<Long, String> addressesOf(List<ReceptionVisit> visits) {
        Map<Long, String> map = new LinkedHashMap<>();
        visits.forEach(v -> map.put(v.id(), documents.fullAddress(v)));
        return map;
    }

    private Map<Long, String> hostUnitNames(List<SessionHost> hosts) {
        Map<Long, String> map = new LinkedHashMap<>();
        hosts.stream().filter(h -> h.hostUnitId() != null)
                .forEach(h -> map.put(h.hostUnitId(), units.get(h.hostUnitId()).name()));
        return map;
    }

    /** Units the current user works at, for the unit choice. */
    private List<OrgUnitView> myUnits() {
        return access.currentUser().map(u -> u.grants().stream().map(RoleGrantView::unitId)
                .filter(java.util.Objects::nonNull).distinct().map(units::find)
                .flatMap(java.util.Optional::stream).toList()).orElse(List.of());
    }

    /** The territory a unit sits in (itself when it is one). */
    OrgUnitView areaOf(long unitId) {
        OrgUnitView unit = units.get(unitId);
        if (unit.kind().isArea() || unit.parentId() == null) {
            return unit;
        }
        return units.get(unit.parentId());
    }

    /** The bodies whose heads may host: those of the unit's territory (and the unit itself). */
    private List<OrgUnitView> bodiesFor(long unitId) {
        OrgUnitView area = areaOf(unitId);
        List<OrgUnitView> bodies = new ArrayList<>(units.children(area.id()).stream()
                .filter(u -> !u.kind().isArea() && u.isOpen()).toList());
        OrgUnitView unit = units.get(unitId);
        if (!unit.kind().isArea() && bodies.stream().noneMatch(b -> b.id() == unitId)) {
            bodies.add(0, unit);
        }
        return bodies;
    }

    private List<Long> scheduleUnits(OrgUnitView unit) {
        List<Long> ids = new ArrayList<>();
        ids.add(unit.id());
        if (unit.kind().isArea()) {
            units.children(unit.id()).stream().filter(u -> !u.kind().isArea()).forEach(u -> ids.add(u.id()));
        }
        return ids;
    }

    private Long homeCommune(long unitId) {
        OrgUnitView area = areaOf(unitId);
        return area.kind().isArea() ? area.id() : null;
    }

    /** The communes of the province the unit is in (its own commune first), for addresses. */
    private List<OrgUnitView> communesNear(long unitId) {
        OrgUnitView area = areaOf(unitId);
        List<OrgUnitView> list = new ArrayList<>();
        if (area.kind().isArea()) {
            list.add(area);
        }
        if (area.parentId() != null) {
            units.children(area.parentId()).stream()
                    .filter(u -> u.kind() == OrgUnitKind.ADMINISTRATIVE_AREA && u.isOpen() && u.id() != area.id())
                    .forEach(list::add);
        } else if (area.kind().isArea()) {
            units.children(area.id()).stream().filter(u -> u.kind().isArea() && u.isOpen()).forEach(list::add);
        }
        return list;
    }
}
