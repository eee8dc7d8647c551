package org.tiepdan.calendar.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.TreeSet;

import org.springframework.context.MessageSource;
import lombok.Getter;
import lombok.Setter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.tiepdan.platform.FormErrors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.calendar.DayKind;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/**
 * Administrator screens: yearly schedules (edit, confirm, CSV import) and legal time limits. The
 * working-day calendar moves every unit's deadlines, so changing it is for an installation-wide
 * ADMIN only; a unit's overrides for the ADMIN of that unit.
 */
@Controller
@RequestMapping("/admin")
class CalendarAdminController {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final CalendarAdminService admin;
    private final WorkingCalendar calendar;
    private final DeadlineRules rules;
    private final MessageSource messages;
    private final Clock clock;
    private final org.tiepdan.account.Access access;

    CalendarAdminController(CalendarAdminService admin, WorkingCalendar calendar, DeadlineRules rules,
            MessageSource messages, Clock clock, org.tiepdan.account.Access access) {
        this.access = access;
        this.admin = admin;
        this.calendar = calendar;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    record YearRow(int year, boolean announced, boolean provisional, int unconfirmedDays, String source) {
    }

    /** A day off, holiday or make-up day of a year's schedule: the date as typed (dd/MM/yyyy or ISO). */
    @Getter
    @Setter
    public static class DayForm {
        private String date;
        private DayKind kind;
        private String name;
        private String source;
        private boolean confirmed;
        private String note;
    }

    /** A unit's own, shorter time limit for a rule. */
    @Getter
    @Setter
    public static class OverrideForm {
        private Long unitId;
        private String ruleCode;
        private DeadlineVariant variant;
        private Integer duration;
        private String note;
    }

    @GetMapping("/calendar")
    @PreAuthorize("hasRole('ADMIN')")
    String years(Model model) {
        int thisYear = Dates.today(clock).getYear();
        TreeSet<Integer> years = new TreeSet<>(admin.declaredYears());
        for (int y = thisYear - 1; y <= thisYear + 2; y++) {
            years.add(y);
        }
        model.addAttribute("years", years.descendingSet().stream().map(y -> {
            var s = calendar.year(y);
            return new YearRow(y, s.announced(), s.provisional(), s.announced() ? admin.unconfirmedDays(y) : 0,
                    s.source());
        }).toList());
        return "calendar/admin-years";
    }

    @GetMapping("/calendar/{year}")
    @PreAuthorize("hasRole('ADMIN')")
    String year(@PathVariable int year, Model model) {
        CalendarApiController.checkYear(year, "year");
        model.addAttribute("schedule", calendar.year(year));
        model.addAttribute("kinds", DayKind.values());
        if (!model.containsAttribute("dayForm")) {
            model.addAttribute("dayForm", new DayForm());
        }
        return "calendar/admin-year";
    }

    /** A day of the schedule; a refused one redraws the year's page with the typed values and the error beside its field. */
    @PostMapping("/calendar/{year}/days")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String saveDay(@PathVariable int year, @ModelAttribute("dayForm") DayForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            admin.saveDay(new CalendarAdminService.DayInput(parseDate(form.getDate()), form.getKind(), form.getName(),
                    form.getSource(), form.isConfirmed(), form.getNote()));
            redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.day-saved", null, VI));
            return "redirect:/admin/calendar/" + year;
        }, () -> year(year, model));
    }

    @PostMapping("/calendar/{year}/days/{date}/delete")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String deleteDay(@PathVariable int year, @PathVariable LocalDate date, RedirectAttributes redirect) {
        return run(redirect, "/admin/calendar/" + year, "calendar.admin.day-deleted", () -> admin.deleteDay(date));
    }

    @PostMapping("/calendar/{year}")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String saveYear(@PathVariable int year, @RequestParam(required = false) String source,
            @RequestParam(required = false) String note, RedirectAttributes redirect) {
        return run(redirect, "/admin/calendar/" + year, "calendar.admin.year-saved",
                () -> admin.saveYear(year, source, note));
    }

    @PostMapping("/calendar/{year}/confirm")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String confirm(@PathVariable int year, RedirectAttributes redirect) {
        return run(redirect, "/admin/calendar/" + year, "calendar.admin.year-confirmed", () -> admin.confirmYear(year));
    }

    @PostMapping("/calendar/import")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String importCsv(@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) {
        return run(redirect, "/admin/calendar", null, () -> {
            if (file == null || file.isEmpty()) {
                throw DomainException.invalid("calendar-csv-empty", "file");
            }
            try {
                var result = admin.importCsv(file.getInputStream());
                redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.imported",
                        new Object[] {result.created(), result.updated(), result.years().toString()}, VI));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * The rules and the internal limits (overrides). An override is a unit's own record: an ADMIN or
     * HEAD held at a unit sees those of that unit's subtree only; an installation-wide ADMIN or HEAD
     * sees all.
     */
    @GetMapping("/deadline-rules")
    @PreAuthorize("hasRole('ADMIN') or hasRole('HEAD')")
    String deadlineRules(Model model) {
        model.addAttribute("rules", rules.all());
        model.addAttribute("ruleCodes", rules.all().stream().map(r -> r.code()).distinct().toList());
        model.addAttribute("overrides", visibleOverrides());
        model.addAttribute("variants", DeadlineVariant.values());
        model.addAttribute("today", Dates.today(clock));
        if (!model.containsAttribute("overrideForm")) {
            model.addAttribute("overrideForm", new OverrideForm());
        }
        return "calendar/admin-rules";
    }

    /** A unit's own limit; a refused one redraws the rules page with the typed values and the error beside its field. */
    @PostMapping("/deadline-rules/overrides")
    @PreAuthorize("@access.hasRoleAt('ADMIN', #form.unitId)")
    String saveOverride(@ModelAttribute("overrideForm") OverrideForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            if (form.getUnitId() == null) {
                throw DomainException.invalid("unit-not-found", "unitId");
            }
            if (form.getRuleCode() == null || form.getRuleCode().isBlank()) {
                throw DomainException.invalid("deadline-override-invalid", "ruleCode");
            }
            if (form.getDuration() == null) {
                throw DomainException.invalid("deadline-override-invalid", "duration");
            }
            rules.setOverride(form.getUnitId(), form.getRuleCode(),
                    form.getVariant() == null ? DeadlineVariant.NORMAL : form.getVariant(), form.getDuration(),
                    form.getNote());
            redirect.addFlashAttribute("message", messages.getMessage("calendar.admin.override-saved", null, VI));
            return "redirect:/admin/deadline-rules";
        }, () -> deadlineRules(model));
    }

    @PostMapping("/deadline-rules/overrides/{id}/delete")
    @PreAuthorize("@access.hasRoleAt('ADMIN', @deadlineRules.overrideUnit(#id))")
    String deleteOverride(@PathVariable long id, RedirectAttributes redirect) {
        return run(redirect, "/admin/deadline-rules", "calendar.admin.override-deleted", () -> rules.removeOverride(id));
    }

    private java.util.List<org.tiepdan.calendar.DeadlineOverride> visibleOverrides() {
        if (access.installationWide("ADMIN") || access.installationWide("HEAD")) {
            return rules.overrides();
        }
        java.util.Set<Long> units = new java.util.HashSet<>(access.unitsWhere("ADMIN"));
        units.addAll(access.unitsWhere("HEAD"));
        return rules.overrides().stream().filter(o -> units.contains(o.unitId())).toList();
    }

    private String run(RedirectAttributes redirect, String target, String successKey, Runnable action) {
        try {
            action.run();
            if (successKey != null) {
                redirect.addFlashAttribute("message", messages.getMessage(successKey, null, VI));
            }
        } catch (DomainException e) {
            if (e.kind() != DomainException.Kind.INVALID && e.kind() != DomainException.Kind.NOT_FOUND) {
                throw e;
            }
            redirect.addFlashAttribute("errorMessage", messages.getMessage(e.messageKey(), e.args(), e.code(), VI));
        }
        return "redirect:" + target;
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("calendar-date-required", "date");
        }
        try {
            return LocalDate.parse(text.trim(), Dates.DISPLAY);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim());
            } catch (java.time.format.DateTimeParseException e2) {
                throw DomainException.invalid("calendar-date-invalid", "date");
            }
        }
    }
}
