package org.tiepdan.calendar.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.calendar.CalendarDay;
import org.tiepdan.calendar.LunarDate;
import org.tiepdan.calendar.WorkingCalendar;
import org.tiepdan.calendar.YearSchedule;
import org.tiepdan.platform.DomainException;

/** Public JSON API of the working calendar (no login). Bad input: 400 problem naming the parameter. */
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarApiController {

    static final int MAX_DAYS = 3650;
    private final WorkingCalendar calendar;

    CalendarApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    record DayJson(String date, String kind, String name, String source) {
    }

    record YearJson(int year, boolean provisional, List<DayJson> days) {
    }

    record AddJson(String from, int days, String date) {
    }

    record CountJson(String from, String to, int workingDays) {
    }

    record LunarJson(int year, int month, int day, boolean leapMonth) {
        static LunarJson of(LunarDate d) {
            return new LunarJson(d.year(), d.month(), d.day(), d.leapMonth());
        }
    }

    record ConversionJson(String date, LunarJson lunar) {
    }

    @GetMapping("/{year}")
    @PreAuthorize("permitAll()")
    YearJson year(@PathVariable int year) {
        checkYear(year, "year");
        YearSchedule schedule = calendar.year(year);
        return new YearJson(year, schedule.provisional(), schedule.days().stream()
                .filter(CalendarDay::changesWorkingWeek)
                .map(d -> new DayJson(d.date().toString(), d.kind().name(), d.name(), d.source()))
                .toList());
    }

    @GetMapping("/working-days/add")
    @PreAuthorize("permitAll()")
    AddJson addWorkingDays(@RequestParam LocalDate from, @RequestParam int days) {
        check(from, days);
        return new AddJson(from.toString(), days, result(() -> calendar.addWorkingDays(from, days)).toString());
    }

    @GetMapping("/calendar-days/add")
    @PreAuthorize("permitAll()")
    AddJson addCalendarDays(@RequestParam LocalDate from, @RequestParam int days) {
        check(from, days);
        return new AddJson(from.toString(), days, result(() -> calendar.addCalendarDays(from, days)).toString());
    }

    @GetMapping("/working-days/count")
    @PreAuthorize("permitAll()")
    CountJson count(@RequestParam LocalDate from, @RequestParam LocalDate to) {
        checkDate(from, "from");
        checkDate(to, "to");
        if (to.isBefore(from)) {
            throw DomainException.invalid("calendar-to-before-from", "to");
        }
        return new CountJson(from.toString(), to.toString(), calendar.countWorkingDays(from, to));
    }

    @GetMapping("/lunar")
    @PreAuthorize("permitAll()")
    ConversionJson lunar(@RequestParam LocalDate date) {
        return new ConversionJson(date.toString(), LunarJson.of(LunarDate.of(date)));
    }

    @GetMapping("/solar")
    @PreAuthorize("permitAll()")
    ConversionJson solar(@RequestParam int year, @RequestParam int month, @RequestParam int day,
            @RequestParam(defaultValue = "false") boolean leapMonth) {
        LunarDate lunar = LunarDate.of(year, month, day, leapMonth);
        return new ConversionJson(lunar.toSolar().toString(), LunarJson.of(lunar));
    }

    private static void check(LocalDate from, int days) {
        checkDate(from, "from");
        if (days < 0 || days > MAX_DAYS) {
            throw DomainException.invalid("calendar-days-range", "days", 0, MAX_DAYS);
        }
    }

    static void checkDate(LocalDate date, String param) {
        if (date.isBefore(WorkingCalendar.MIN_DATE) || date.isAfter(WorkingCalendar.MAX_DATE)) {
            throw DomainException.invalid("calendar-out-of-range", param, 1900, 2100);
        }
    }

    static void checkYear(int year, String param) {
        if (year < 1900 || year > 2100) {
            throw DomainException.invalid("calendar-out-of-range", param, 1900, 2100);
        }
    }

    /** A result past 2100 is blamed on the number of days. */
    private static LocalDate result(java.util.function.Supplier<LocalDate> computation) {
        try {
            return computation.get();
        } catch (DomainException e) {
            if ("calendar-out-of-range".equals(e.code())) {
                throw DomainException.invalid("calendar-out-of-range", "days", 1900, 2100);
            }
            throw e;
        }
    }
}
