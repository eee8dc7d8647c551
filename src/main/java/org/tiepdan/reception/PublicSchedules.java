package org.tiepdan.reception;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.List;

/**
 * Published reception schedules for the public site: where and when heads receive citizens. The
 * full notice of a schedule stays at {@code /public/reception-schedules/{id}}.
 */
public interface PublicSchedules {

    /** A published schedule with its next sittings (a day off moves a sitting to the next working day). */
    record PublicSchedule(long id, long unitId, String title, String place, LocalTime startTime, LocalTime endTime,
            List<Long> hostUnitIds, List<LocalDate> nextSittings) {
    }

    /** Published schedules held by one of the units or hosted by the head of one of them, with up to {@code sittings} next dates. */
    List<PublicSchedule> publishedFor(Collection<Long> unitIds, int sittings);
}
