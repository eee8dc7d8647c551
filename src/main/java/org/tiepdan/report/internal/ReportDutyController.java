package org.tiepdan.report.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import lombok.Getter;
import lombok.Setter;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.account.UnitChoices;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.FormErrors;

/**
 * Screens of the report duty: the register of reports sent and the working sessions with the
 * secretaries below ({@code /reports/duty?unit=}), and the forms recording them. A refused form comes
 * back with every error beside its field and the typed values kept.
 */
@Controller
class ReportDutyController {

    private final ReportDuty duty;
    private final ReportService reports;
    private final ReportAccess reportAccess;
    private final UnitChoices unitChoices;
    private final Clock clock;

    ReportDutyController(ReportDuty duty, ReportService reports, ReportAccess reportAccess, UnitChoices unitChoices,
            Optional<Clock> clock) {
        this.duty = duty;
        this.reports = reports;
        this.reportAccess = reportAccess;
        this.unitChoices = unitChoices;
        this.clock = clock.orElse(Clock.system(Dates.ZONE));
    }

    /** The window of a list: the dates given, else every day up to today. */
    static ReportWindow window(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to == null ? today : to;
        LocalDate start = from == null ? ReportDutyApiController.EARLIEST : from;
        return new ReportWindow(start.isAfter(end) ? end : start, end);
    }

    @GetMapping("/reports/duty")
    @PreAuthorize("@reportAccess.canRead(#unit)")
    String list(@RequestParam Long unit, Model model) {
        ReportWindow w = window(null, null, Dates.today(clock));
        model.addAttribute("unit", unit);
        model.addAttribute("unitName", reports.unitName(unit));
        model.addAttribute("sent", duty.sent(unit, w.from(), w.to()));
        model.addAttribute("meetings", duty.meetings(unit, w.from(), w.to()));
        model.addAttribute("canRecord", reportAccess.canRecord(unit));
        return "report/duty";
    }

    @GetMapping("/reports/duty/sent/new")
    @PreAuthorize("@reportAccess.canRecord(#unit)")
    String newSent(@RequestParam Long unit, @RequestParam(required = false) String report,
            @RequestParam(required = false) String preset, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) Integer month,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @org.springframework.format.annotation.DateTimeFormat(
                    iso = org.springframework.format.annotation.DateTimeFormat.ISO.DATE) LocalDate to,
            Model model) {
        SentForm form = new SentForm();
        form.setFrom(from);
        form.setTo(to);
        form.setUnitId(unit);
        form.setReport(report != null && ReportDefinitions.CODES.contains(report) ? report : ReportDefinitions.OUTLINE);
        form.setPreset(preset != null && Preset.ofKey(preset) != null ? preset : null);
        form.setYear(year);
        form.setMonth(month);
        form.setSentOn(Dates.today(clock));
        return sentPage(form, model);
    }

    @PostMapping("/reports/duty/sent/new")
    @PreAuthorize("@reportAccess.canRecord(#form.unitId)")
    String createSent(@ModelAttribute("form") SentForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            duty.recordSent(form.request());
            redirect.addFlashAttribute("success", "report.duty.sent.saved");
            return "redirect:/reports/duty?unit=" + form.getUnitId();
        }, () -> sentPage(form, model));
    }

    @GetMapping("/reports/duty/meetings/new")
    @PreAuthorize("@reportAccess.canRecord(#unit)")
    String newMeeting(@RequestParam Long unit, Model model) {
        MeetingForm form = new MeetingForm();
        form.setUnitId(unit);
        return meetingPage(form, model);
    }

    @PostMapping("/reports/duty/meetings/new")
    @PreAuthorize("@reportAccess.canRecord(#form.unitId)")
    String createMeeting(@ModelAttribute("form") MeetingForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormErrors.submit(binding, () -> {
            duty.recordMeeting(form.request());
            redirect.addFlashAttribute("success", "report.duty.meeting.saved");
            return "redirect:/reports/duty?unit=" + form.getUnitId();
        }, () -> meetingPage(form, model));
    }

    private String sentPage(SentForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitName", reports.unitName(form.getUnitId()));
        model.addAttribute("codes", ReportDefinitions.CODES);
        model.addAttribute("presets", List.of(Preset.values()).stream().map(Preset::key).toList());
        return "report/sent-form";
    }

    private String meetingPage(MeetingForm form, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("unitName", reports.unitName(form.getUnitId()));
        model.addAttribute("unitOptions", unitChoices.options(duty.below(form.getUnitId())));
        return "report/meeting-form";
    }

    /** The form of a report sent. */
    @Getter
    @Setter
    public static class SentForm {
        private Long unitId;
        private String report;
        private String preset;
        private Integer year;
        private Integer month;
        private LocalDate from;
        private LocalDate to;
        private String recipient;
        private String documentNumber;
        private boolean issueNumber;
        private LocalDate sentOn;
        private LocalDate dueOn;

        ReportDuty.SentRequest request() {
            return new ReportDuty.SentRequest(unitId, report, preset, year, month, from, to, recipient,
                    documentNumber, issueNumber, sentOn, dueOn);
        }
    }

    /** The form of a working session with a subordinate secretary. */
    @Getter
    @Setter
    public static class MeetingForm {
        private Long unitId;
        private Long subordinateUnitId;
        private LocalDate heldOn;
        private String content;
        private String conclusions;

        ReportDuty.MeetingRequest request() {
            return new ReportDuty.MeetingRequest(unitId, subordinateUnitId, heldOn, content, conclusions);
        }
    }
}
