package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

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
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.platform.FormErrors;

/**
 * Schedules of heads (staff screens), their dated sittings and the compliance view; and the
 * public schedule pages (no login), printable and as .docx.
 */
@Controller
class ScheduleController {

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

    private final ScheduleService schedules;
    private final ScheduleNotice notice;
    private final OrgUnits units;
    private final Clock clock;

    ScheduleController(ScheduleService schedules, ScheduleNotice notice, OrgUnits units, Clock clock) {
        this.schedules = schedules;
        this.notice = notice;
        this.units = units;
        this.clock = clock;
    }

    @GetMapping("/reception/schedules")
    @PreAuthorize("@receptionAccess.canView(#unitId)")
    String list(@RequestParam Long unitId, Model model) {
        OrgUnitView unit = units.get(unitId);
        List<Long> ids = new ArrayList<>();
        ids.add(unitId);
        units.children(unitId).stream().filter(u -> !u.kind().isArea()).forEach(u -> ids.add(u.id()));
        model.addAttribute("unit", unit);
        model.addAttribute("schedules", schedules.forUnits(ids));
        return "reception/schedules";
    }

    @GetMapping("/reception/schedules/new")
    @PreAuthorize("@receptionAccess.canRecord(#unitId)")
    String newForm(@RequestParam Long unitId, Model model) {
        ReceptionForms.ScheduleForm form = new ReceptionForms.ScheduleForm();
        form.setUnitId(unitId);
        form.setValidFrom(Dates.today(clock));
        return form(form, model);
    }

    @PostMapping("/reception/schedules/new")
    @PreAuthorize("@receptionAccess.canRecord(#form.unitId)")
    String create(@ModelAttribute("form") ReceptionForms.ScheduleForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        LocalTime start = time(form.getStartTime(), "startTime", binding);
        LocalTime end = time(form.getEndTime(), "endTime", binding);
        return FormErrors.submit(binding, () -> {
            List<ScheduleHost> hosts = new ArrayList<>();
            for (ReceptionForms.HostRow h : form.getHosts()) {
                if (h.getHostUnitId() != null) {
                    hosts.add(new ScheduleHost(h.getHostUnitId(),
                            HostRole.forKind(units.get(h.getHostUnitId()).kind()),
                            h.getPersonName() == null || h.getPersonName().isBlank() ? null
                                    : h.getPersonName().strip()));
                }
            }
            ReceptionSchedule s = schedules.create(new ScheduleService.ScheduleCommand(form.getUnitId(),
                    form.getTitle(), form.getRecurrence(), ReceptionForms.numbers(form.getDaysOfMonth()),
                    form.getWeekday(), ReceptionForms.numbers(form.getWeeksOfMonth()), form.getPlace(), start, end,
                    form.getValidFrom(), form.getValidTo(), hosts, form.isPublished(), form.getNote()));
            redirect.addFlashAttribute("success", "reception.schedule.saved");
            return "redirect:/reception/schedules/" + s.id();
        }, () -> form(form, model));
    }

    @GetMapping("/reception/schedules/{id}")
    @PreAuthorize("@receptionAccess.canViewSchedule(#id)")
    String detail(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        showSittings(schedules.get(id), year, model);
        return "reception/schedule";
    }

    @PostMapping("/reception/schedules/{id}/publish")
    @PreAuthorize("@receptionAccess.canRecordSchedule(#id)")
    String publish(@PathVariable long id, @RequestParam boolean published, RedirectAttributes redirect) {
        schedules.publish(id, published);
        redirect.addFlashAttribute("success", "reception.schedule.saved");
        return "redirect:/reception/schedules/" + id;
    }

    @GetMapping("/reception/compliance")
    @PreAuthorize("@receptionAccess.canView(#unitId)")
    String compliance(@RequestParam Long unitId, @RequestParam(required = false) Integer year, Model model) {
        int y = year != null ? year : Dates.today(clock).getYear();
        model.addAttribute("unit", units.get(unitId));
        model.addAttribute("year", y);
        model.addAttribute("heads", schedules.compliance(unitId, y));
        return "reception/compliance";
    }

    // --- public --------------------------------------------------------------------------------

    @GetMapping("/public/reception-schedules")
    @PreAuthorize("permitAll()")
    String publicList(Model model) {
        model.addAttribute("schedules", schedules.published());
        model.addAttribute("unitNames", schedules.published().stream()
                .collect(java.util.stream.Collectors.toMap(ReceptionSchedule::id, s -> units.get(s.unitId()).name())));
        return "reception/public-list";
    }

    @GetMapping("/public/reception-schedules/{id}")
    @PreAuthorize("permitAll()")
    String publicNotice(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        showSittings(publishedSchedule(id), year, model);
        return "reception/public-notice";
    }

    /** A schedule with its sittings of the year (this year by default): the officers' page and the public notice. */
    private void showSittings(ReceptionSchedule s, Integer year, Model model) {
        int y = year != null ? year : Dates.today(clock).getYear();
        model.addAttribute("schedule", s);
        model.addAttribute("unit", units.get(s.unitId()));
        model.addAttribute("year", y);
        model.addAttribute("sittings", schedules.sittings(s, y));
        model.addAttribute("hostUnits", hostNames(s));
    }

    @GetMapping("/public/reception-schedules/{id}/notice.docx")
    @PreAuthorize("permitAll()")
    ResponseEntity<byte[]> publicNoticeDocx(@PathVariable long id, @RequestParam(required = false) Integer year) {
        ReceptionSchedule s = publishedSchedule(id);
        int y = year != null ? year : Dates.today(clock).getYear();
        return ReceptionController.file(notice.docx(s, y), "lich-tiep-cong-dan-" + y + ".docx",
                ReceptionDocuments.DOCX);
    }

    private ReceptionSchedule publishedSchedule(long id) {
        ReceptionSchedule s = schedules.get(id);
        if (!s.published()) {
            throw DomainException.notFound("reception-schedule-not-found", id);
        }
        return s;
    }

    private java.util.Map<Long, String> hostNames(ReceptionSchedule s) {
        java.util.Map<Long, String> map = new java.util.LinkedHashMap<>();
        s.hosts().forEach(h -> map.put(h.hostUnitId(), units.get(h.hostUnitId()).name()));
        return map;
    }

    private static LocalTime time(String text, String field, BindingResult binding) {
        try {
            return text == null || text.isBlank() ? null : LocalTime.parse(text.strip(), TIME);
        } catch (DateTimeParseException e) {
            binding.rejectValue(field, "error.reception-time-invalid");
            return null;
        }
    }

    private String form(ReceptionForms.ScheduleForm form, Model model) {
        OrgUnitView unit = units.get(form.getUnitId());
        OrgUnitView area = unit.kind().isArea() || unit.parentId() == null ? unit : units.get(unit.parentId());
        List<OrgUnitView> bodies = new ArrayList<>(units.children(area.id()).stream()
                .filter(u -> !u.kind().isArea() && u.isOpen()).toList());
        if (!unit.kind().isArea() && bodies.stream().noneMatch(b -> b.id() == unit.id())) {
            bodies.add(0, unit);
        }
        model.addAttribute("form", form);
        model.addAttribute("unit", unit);
        model.addAttribute("bodies", bodies);
        return "reception/schedule-form";
    }
}
