package org.tiepdan.calendar.internal;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.calendar.DurationUnit;
import org.tiepdan.calendar.LunarDate;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.calendar.YearSchedule;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;

/** The public calendar page of a year, with its deadline calculator (htmx). */
@Controller
class CalendarPageController {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private final WorkingCalendar calendar;
    private final DeadlineRules rules;
    private final MessageSource messages;
    private final Clock clock;

    CalendarPageController(WorkingCalendar calendar, DeadlineRules rules, MessageSource messages, Clock clock) {
        this.calendar = calendar;
        this.rules = rules;
        this.messages = messages;
        this.clock = clock;
    }

    /** One cell of a month grid; date null for padding. */
    record Cell(LocalDate date, boolean working, String kind, String lunar, boolean today) {
        /** Bootstrap classes: red for a day off, yellow for a make-up day, grey for a weekend. */
        public String css() {
            if (date == null) {
                return "";
            }
            String base = "MAKEUP_WORKDAY".equals(kind) ? "table-warning"
                    : !working ? (kind != null ? "table-danger" : "table-secondary") : "";
            return today ? (base + " fw-bold border border-primary").trim() : base;
        }
    }

    record Month(int number, List<List<Cell>> weeks) {
    }

    @GetMapping("/calendar")
    @PreAuthorize("permitAll()")
    String current() {
        return "redirect:/calendar/" + Dates.today(clock).getYear();
    }

    @GetMapping("/calendar/{year}")
    @PreAuthorize("permitAll()")
    String year(@PathVariable int year, Model model) {
        CalendarApiController.checkYear(year, "year");
        YearSchedule schedule = calendar.year(year);
        Map<LocalDate, CalendarDay> byDate = schedule.days().stream()
                .collect(Collectors.toMap(CalendarDay::date, Function.identity()));
        LocalDate today = Dates.today(clock);
        List<Month> months = new ArrayList<>();
        for (int m = 1; m <= 12; m++) {
            List<List<Cell>> weeks = new ArrayList<>();
            LocalDate first = LocalDate.of(year, m, 1);
            List<Cell> week = new ArrayList<>();
            for (int pad = 1; pad < first.getDayOfWeek().getValue(); pad++) {
                week.add(new Cell(null, false, null, null, false));
            }
            for (LocalDate d = first; d.getMonthValue() == m; d = d.plusDays(1)) {
                CalendarDay listed = byDate.get(d);
                LunarDate lunar = LunarDate.of(d);
                String lunarLabel = lunar.day() == 1 ? lunar.day() + "/" + lunar.month() + (lunar.leapMonth() ? "n" : "")
                        : String.valueOf(lunar.day());
                week.add(new Cell(d, calendar.isWorkingDay(d), listed == null ? null : listed.kind().name(), lunarLabel,
                        d.equals(today)));
                if (d.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    weeks.add(week);
                    week = new ArrayList<>();
                }
            }
            if (!week.isEmpty()) {
                while (week.size() < 7) {
                    week.add(new Cell(null, false, null, null, false));
                }
                weeks.add(week);
            }
            months.add(new Month(m, weeks));
        }
        model.addAttribute("schedule", schedule);
        model.addAttribute("months", months);
        model.addAttribute("tet", LunarDate.tet(year));
        model.addAttribute("workingDays", calendar.countWorkingDays(LocalDate.of(year - 1, 12, 31).isBefore(
                WorkingCalendar.MIN_DATE) ? WorkingCalendar.MIN_DATE : LocalDate.of(year - 1, 12, 31),
                LocalDate.of(year, 12, 31)));
        model.addAttribute("rules", rules.inForce(today));
        model.addAttribute("defaultFrom", year == today.getYear() ? today : LocalDate.of(year, 1, 2));
        return "calendar/year";
    }

    /** The calculator's answer, an htmx fragment. Errors are shown in place. */
    @GetMapping("/calendar/calculate")
    @PreAuthorize("permitAll()")
    String calculate(@RequestParam(required = false) String from, @RequestParam(required = false) String days,
            @RequestParam(required = false) String unit, @RequestParam(required = false) String rule, Model model) {
        try {
            LocalDate start = parseDate(from);
            CalendarApiController.checkDate(start, "from");
            if (rule != null && !rule.isBlank()) {
                Deadline deadline = rules.compute(rule.trim(), DeadlineVariant.NORMAL, start, null);
                model.addAttribute("due", deadline.due());
                model.addAttribute("explanation", deadline.explanation());
            } else {
                int n = parseDays(days);
                DurationUnit u = "CALENDAR_DAY".equals(unit) ? DurationUnit.CALENDAR_DAY : DurationUnit.WORKING_DAY;
                LocalDate due = calendar.add(start, n, u);
                model.addAttribute("due", due);
                model.addAttribute("explanation", messages.getMessage("calendar.calc.explain",
                        new Object[] {String.valueOf(n), messages.getMessage("calendar.unit." + u, null, VI),
                            Dates.format(start), Dates.format(due)}, VI));
            }
        } catch (DomainException e) {
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.args(), e.code(), VI));
        }
        return "calendar/year :: result";
    }

    private static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalid("calendar-date-required", "from");
        }
        try {
            return LocalDate.parse(text.trim(), Dates.DISPLAY);
        } catch (DateTimeParseException e) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e2) {
                throw DomainException.invalid("calendar-date-invalid", "from");
            }
        }
    }

    private static int parseDays(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            if (n < 0 || n > CalendarApiController.MAX_DAYS) {
                throw DomainException.invalid("calendar-days-range", "days", 0, CalendarApiController.MAX_DAYS);
            }
            return n;
        } catch (NumberFormatException e) {
            throw DomainException.invalid("calendar-days-range", "days", 0, CalendarApiController.MAX_DAYS);
        }
    }
}
