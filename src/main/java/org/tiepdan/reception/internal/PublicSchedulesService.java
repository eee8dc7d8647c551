package org.tiepdan.reception.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.reception.PublicSchedules;

/** {@link PublicSchedules} over the published schedules and their computed sittings. */
@Service
@Transactional(readOnly = true)
class PublicSchedulesService implements PublicSchedules {

    private final ScheduleService schedules;

    PublicSchedulesService(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @Override
    public List<PublicSchedule> publishedFor(Collection<Long> unitIds, int sittings) {
        return schedules.published().stream()
                .filter(s -> unitIds.contains(s.unitId())
                        || s.hosts().stream().anyMatch(h -> unitIds.contains(h.hostUnitId())))
                .map(s -> new PublicSchedule(s.id(), s.unitId(), s.title(), s.place(), s.startTime(), s.endTime(),
                        s.hosts().stream().map(ScheduleHost::hostUnitId).distinct().toList(),
                        schedules.upcoming(List.of(s), sittings).stream().map(e -> e.getValue().date()).toList()))
                .toList();
    }
}
