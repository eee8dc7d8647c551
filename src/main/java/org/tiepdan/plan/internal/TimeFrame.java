package org.tiepdan.plan.internal;

import java.time.LocalDate;
import java.time.Month;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.tiepdan.platform.DomainException;

/**
 * When a task is to be done, as a plan writes it. Every form ends on a day of the plan year: a
 * recurring task ("Hằng tháng", "Thường xuyên") runs to the end of the year, a quarter to the end
 * of that quarter, a range to its last day. A task still open after that day is overdue.
 */
@Embeddable
public class TimeFrame {

    @Enumerated(EnumType.STRING)
    @Column(name = "frame_kind")
    private FrameKind kind;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private Integer quarter;

    protected TimeFrame() {
    }

    private TimeFrame(FrameKind kind, LocalDate startsOn, LocalDate endsOn, Integer quarter) {
        this.kind = kind;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.quarter = quarter;
    }

    /** A checked time frame of a task of a plan for {@code year}. */
    static TimeFrame of(FrameKind kind, LocalDate startsOn, LocalDate endsOn, Integer quarter, int year) {
        if (kind == null) {
            throw DomainException.invalid("plan-task-frame-required", "frameKind");
        }
        return switch (kind) {
            case RANGE -> range(startsOn, endsOn, year);
            case QUARTER -> {
                if (quarter == null || quarter < 1 || quarter > 4) {
                    throw DomainException.invalid("plan-task-quarter-required", "quarter");
                }
                yield new TimeFrame(kind, null, null, quarter);
            }
            default -> new TimeFrame(kind, null, null, null);
        };
    }

    private static TimeFrame range(LocalDate startsOn, LocalDate endsOn, int year) {
        if (endsOn == null) {
            throw DomainException.invalid("plan-task-end-required", "endsOn");
        }
        if (startsOn != null && endsOn.isBefore(startsOn)) {
            throw DomainException.invalid("plan-task-dates-order", "endsOn");
        }
        // A task may run into January of the next year (the annual report), not outside the plan.
        if (endsOn.getYear() < year || endsOn.getYear() > year + 1
                || (startsOn != null && startsOn.getYear() > year)) {
            throw DomainException.invalid("plan-task-outside-year", "endsOn", String.valueOf(year));
        }
        return new TimeFrame(FrameKind.RANGE, startsOn, endsOn, null);
    }

    /** The last day of the frame in the plan year. */
    LocalDate end(int year) {
        return switch (kind) {
            case RANGE -> endsOn;
            case QUARTER -> LocalDate.of(year, Month.of(quarter * 3), 1).plusMonths(1).minusDays(1);
            default -> LocalDate.of(year, 12, 31);
        };
    }

    public FrameKind kind() {
        return kind;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public Integer quarter() {
        return quarter;
    }
}
