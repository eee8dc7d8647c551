package org.tiepdan.reception.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.Letterheads;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.OfficialDocx;
import org.tiepdan.platform.Dates;

/** The public notice of a schedule (thông báo lịch tiếp công dân) as .docx. */
@Component
class ScheduleNotice {

    private final ScheduleService schedules;
    private final OrgUnits units;
    private final MessageSource messages;
    private final Letterheads letterheads;

    ScheduleNotice(ScheduleService schedules, OrgUnits units, MessageSource messages, Letterheads letterheads) {
        this.schedules = schedules;
        this.units = units;
        this.messages = messages;
        this.letterheads = letterheads;
    }

    byte[] docx(ReceptionSchedule s, int year) {
        OrgUnitView unit = units.get(s.unitId());
        try (OfficialDocx doc = new OfficialDocx(false)) {
            doc.letterhead(letterheads.of(unit.id(), null, null));
            doc.title(msg("reception.notice.title", year).toUpperCase(Logbook.VI));
            doc.centered(s.title(), true);
            doc.labelled(msg("reception.schedule.hosts"), s.hosts().stream()
                    .map(h -> (h.personName() == null ? "" : h.personName() + ", ")
                            + msg("reception.role." + h.hostRole()) + " " + units.get(h.hostUnitId()).name())
                    .collect(Collectors.joining("; ")));
            doc.labelled(msg("reception.schedule.place"), s.place());
            doc.labelled(msg("reception.schedule.time"), s.startTime() + " - " + s.endTime());
            List<String[]> rows = new ArrayList<>();
            int i = 1;
            for (ScheduleService.Sitting sitting : schedules.sittings(s, year)) {
                rows.add(new String[] {String.valueOf(i++), Dates.format(sitting.date()),
                    msg("reception.weekday." + sitting.date().getDayOfWeek().getValue()),
                    sitting.moved() ? msg("reception.sitting.moved", Dates.format(sitting.nominal()),
                            sitting.reason() != null ? sitting.reason() : msg("reception.sitting.weekend")) : ""});
            }
            doc.table(new String[] {msg("reception.logbook.col.number"), msg("reception.sitting.date"),
                msg("reception.sitting.weekday"), msg("reception.sitting.note")}, rows, 12);
            return doc.bytes();
        }
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, Logbook.VI);
    }
}
