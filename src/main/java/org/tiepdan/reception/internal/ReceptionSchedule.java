package org.tiepdan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.tiepdan.platform.DomainException;

/**
 * A published schedule of periodic receptions (lịch tiếp công dân) of one head, or a joint one
 * (the Party secretary and the People's Committee chairman). Its recurrence gives nominal dates;
 * {@link ScheduleService} moves those falling on a day off to the next working day.
 */
@Entity
@Table(name = "reception_schedule")
class ReceptionSchedule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(nullable = false)
    private String title;

    @Enumerated(EnumType.STRING)
    @Column(name = "recurrence_kind", nullable = false)
    private RecurrenceKind recurrenceKind;

    @Column(name = "days_of_month")
    private String daysOfMonth;

    private Integer weekday;

    @Column(name = "weeks_of_month")
    private String weeksOfMonth;

    @Column(nullable = false)
    private String place;

    @Column(name = "start_time", nullable = false)
    private LocalTime startTime;

    @Column(name = "end_time", nullable = false)
    private LocalTime endTime;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    private boolean published;

    private String note;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reception_schedule_host", joinColumns = @JoinColumn(name = "schedule_id"))
    @OrderColumn(name = "position")
    private List<ScheduleHost> hosts = new ArrayList<>();

    @Version
    private long version;

    protected ReceptionSchedule() {
    }

    ReceptionSchedule(Long unitId, String title, String place, LocalTime startTime, LocalTime endTime,
            LocalDate validFrom, LocalDate validTo, List<ScheduleHost> hosts) {
        if (unitId == null) {
            throw DomainException.invalid("reception-unit-required", "unitId");
        }
        this.unitId = unitId;
        this.title = required(title, "title");
        this.place = required(place, "place");
        if (startTime == null || endTime == null || !endTime.isAfter(startTime)) {
            throw DomainException.invalid("reception-schedule-times", "startTime");
        }
        this.startTime = startTime;
        this.endTime = endTime;
        if (validFrom == null) {
            throw DomainException.invalid("reception-schedule-from-required", "validFrom");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw DomainException.invalid("reception-schedule-to-before-from", "validTo");
        }
        this.validFrom = validFrom;
        this.validTo = validTo;
        if (hosts == null || hosts.isEmpty()) {
            throw DomainException.invalid("reception-schedule-host-required", "hosts");
        }
        this.hosts = new ArrayList<>(hosts);
    }

    private static String required(String value, String field) {
        if (value == null || value.isBlank()) {
            throw DomainException.invalid("reception-" + field + "-required", field);
        }
        return value.strip();
    }

    /** "ngày 10 và 25 hằng tháng": days 1–31; a day past the month's end falls on its last day. */
    void repeatOnDaysOfMonth(List<Integer> days) {
        if (days == null || days.isEmpty() || days.stream().anyMatch(d -> d == null || d < 1 || d > 31)) {
            throw DomainException.invalid("reception-schedule-days-invalid", "daysOfMonth");
        }
        this.recurrenceKind = RecurrenceKind.DAYS_OF_MONTH;
        this.daysOfMonth = new TreeSet<>(days).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.weekday = null;
        this.weeksOfMonth = null;
    }

    /** "thứ Năm hằng tuần" (weeks empty), or "thứ Năm tuần 1 và 3" (weeks 1–5 of the month). */
    void repeatOnWeekday(DayOfWeek day, List<Integer> weeks) {
        if (day == null) {
            throw DomainException.invalid("reception-schedule-weekday-required", "weekday");
        }
        if (weeks != null && weeks.stream().anyMatch(w -> w == null || w < 1 || w > 5)) {
            throw DomainException.invalid("reception-schedule-weeks-invalid", "weeksOfMonth");
        }
        this.recurrenceKind = RecurrenceKind.WEEKDAY;
        this.weekday = day.getValue();
        this.weeksOfMonth = weeks == null || weeks.isEmpty() ? null
                : new TreeSet<>(weeks).stream().map(String::valueOf).collect(Collectors.joining(","));
        this.daysOfMonth = null;
    }

    void publish(boolean value) {
        this.published = value;
    }

    /** The dates the recurrence names in the year, within the schedule's validity, in order. */
    List<LocalDate> nominalDates(int year) {
        TreeSet<LocalDate> dates = new TreeSet<>();
        for (int m = 1; m <= 12; m++) {
            YearMonth month = YearMonth.of(year, m);
            if (recurrenceKind == RecurrenceKind.DAYS_OF_MONTH) {
                for (int d : ints(daysOfMonth)) {
                    dates.add(month.atDay(Math.min(d, month.lengthOfMonth())));
                }
            } else {
                List<Integer> weeks = ints(weeksOfMonth);
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    LocalDate date = month.atDay(d);
                    int weekOfMonth = (d - 1) / 7 + 1;
                    if (date.getDayOfWeek().getValue() == weekday && (weeks.isEmpty() || weeks.contains(weekOfMonth))) {
                        dates.add(date);
                    }
                }
            }
        }
        return dates.stream().filter(this::isValidOn).toList();
    }

    boolean isValidOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    private static List<Integer> ints(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        return Arrays.stream(csv.split(",")).map(String::strip).map(Integer::valueOf).toList();
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unitId;
    }

    public String title() {
        return title;
    }

    public RecurrenceKind recurrenceKind() {
        return recurrenceKind;
    }

    public List<Integer> daysOfMonth() {
        return ints(daysOfMonth);
    }

    public DayOfWeek weekday() {
        return weekday == null ? null : DayOfWeek.of(weekday);
    }

    public List<Integer> weeksOfMonth() {
        return ints(weeksOfMonth);
    }

    public String place() {
        return place;
    }

    public LocalTime startTime() {
        return startTime;
    }

    public LocalTime endTime() {
        return endTime;
    }

    public LocalDate validFrom() {
        return validFrom;
    }

    public LocalDate validTo() {
        return validTo;
    }

    public boolean published() {
        return published;
    }

    public String note() {
        return note;
    }

    void note(String value) {
        this.note = value;
    }

    public List<ScheduleHost> hosts() {
        return List.copyOf(hosts);
    }

    public long version() {
        return version;
    }
}
