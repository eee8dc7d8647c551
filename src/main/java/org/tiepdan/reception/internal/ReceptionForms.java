package org.tiepdan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import lombok.Getter;
import lombok.Setter;
import org.tiepdan.reception.SessionKind;

/** The forms of the reception screens: JavaBeans for Spring's binding, their plain accessors written by Lombok. */
final class ReceptionForms {

    private ReceptionForms() {
    }

    static List<Integer> numbers(String csv) {
        if (csv == null || csv.isBlank()) {
            return List.of();
        }
        try {
            return Arrays.stream(csv.split("[,;\\s]+")).filter(s -> !s.isBlank()).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            return List.of(-1);
        }
    }

    static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** One host row of the session form. */
    @Getter
    @Setter
    public static class HostRow {
        private Long hostUnitId;
        private HostCapacity capacity = HostCapacity.HEAD;
        private String personName;
        private String authorisationRef;
    }

    @Getter
    @Setter
    public static class SessionForm {
        private Long unitId;
        private SessionKind kind = SessionKind.PERIODIC;
        private LocalDate date;
        private String place;
        private Long scheduleId;
        private String participants;
        private List<HostRow> hosts = new ArrayList<>(List.of(new HostRow(), new HostRow()));
        private long version;
        // Fields a rule can point at, so that its message lands beside the host rows.
        private String hostName;
        private String authorisationRef;
        private Long hostUnitId;
        private HostCapacity capacity;

        List<SessionHost> sessionHosts(java.util.function.Function<Long, HostRole> roleOf) {
            List<SessionHost> result = new ArrayList<>();
            for (HostRow h : hosts) {
                if (h.getPersonName() != null && !h.getPersonName().isBlank()) {
                    HostCapacity capacity = h.getCapacity() == null ? HostCapacity.HEAD : h.getCapacity();
                    Long unit = h.getHostUnitId();
                    result.add(new SessionHost(unit, unit == null ? null : roleOf.apply(unit), capacity,
                            h.getPersonName().strip(), capacity == HostCapacity.DEPUTY && h.getAuthorisationRef() != null
                                    && !h.getAuthorisationRef().isBlank() ? h.getAuthorisationRef().strip() : null));
                }
            }
            return result;
        }
    }

    @Getter
    @Setter
    public static class VisitForm {
        private LocalDate date;
        private String citizenName;
        private String citizenIdNumber;
        private org.tiepdan.platform.IdDocumentKind citizenIdKind;
        private Long addressUnitId;
        private String hamlet;
        private String addressDetail;
        private String phone;
        private boolean delegation;
        private Integer headcount;
        private String representatives;
        private String content;
        private String fieldCode;
        private boolean complex;
        private boolean prolonged;
        private boolean degradationRelated;
        private boolean mass;
        private boolean denunciation;
        private Outcome outcome = Outcome.ANSWERED;
        private String handlingNote;
        private String documentsReceived;
        private String refusalGround;
        private String refusalNoticeNumber;
        private LocalDate refusalNoticeDate;
        private Long matterOfVisitId;
        private MatterKind matterKind;
        private Boolean newMatter;
        private long version;

        VisitData data() {
            return new VisitData(date, citizenName, citizenIdNumber, addressUnitId, hamlet, addressDetail, phone,
                    delegation, delegation ? headcount : Integer.valueOf(1), lines(representatives), content, fieldCode,
                    complex, prolonged, degradationRelated, mass, outcome, handlingNote, documentsReceived,
                    outcome == Outcome.REFUSED ? refusalGround : null, refusalNoticeNumber, refusalNoticeDate,
                    matterOfVisitId, denunciation, citizenIdKind, matterKind, newMatter);
        }

        static VisitForm of(ReceptionVisit v) {
            VisitForm f = new VisitForm();
            f.date = v.date();
            f.citizenName = v.citizenName();
            f.citizenIdNumber = v.citizenIdNumber();
            f.citizenIdKind = v.citizenIdKind();
            f.addressUnitId = v.addressUnitId();
            f.hamlet = v.hamlet();
            f.addressDetail = v.addressDetail();
            f.phone = v.phone();
            f.delegation = v.delegation();
            f.headcount = v.delegation() ? v.headcount() : null;
            f.representatives = String.join("\n", v.representatives());
            f.content = v.content();
            f.fieldCode = v.fieldCode();
            f.complex = v.complex();
            f.prolonged = v.prolonged();
            f.degradationRelated = v.degradationRelated();
            f.mass = v.mass();
            f.denunciation = v.denunciation();
            f.outcome = v.outcome();
            f.handlingNote = v.handlingNote();
            f.documentsReceived = v.documentsReceived();
            f.refusalGround = v.refusalGround();
            f.refusalNoticeNumber = v.refusalNoticeNumber();
            f.refusalNoticeDate = v.refusalNoticeDate();
            f.matterOfVisitId = v.matterOfVisitId();
            f.matterKind = v.matterKind();
            f.newMatter = v.newMatter();
            f.version = v.version();
            return f;
        }
    }

    @Getter
    @Setter
    public static class ScheduleForm {
        private Long unitId;
        private String title;
        private RecurrenceKind recurrence = RecurrenceKind.DAYS_OF_MONTH;
        private String daysOfMonth;
        private DayOfWeek weekday;
        private String weeksOfMonth;
        private String place;
        private String startTime = "07:30";
        private String endTime = "11:00";
        private LocalDate validFrom;
        private LocalDate validTo;
        private boolean published = true;
        private List<HostRow> hosts = new ArrayList<>(List.of(new HostRow(), new HostRow()));
        private String note;
    }
}
