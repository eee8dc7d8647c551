package org.tiepdan.reception.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.validation.BindingResult;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.SessionKind;

/** The forms of the reception screens, and how a broken rule lands beside its field. */
final class ReceptionForms {

    private ReceptionForms() {
    }

    static void reject(BindingResult binding, DomainException e) {
        org.tiepdan.platform.FormErrors.reject(binding, e);
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
    public static class HostRow {
        private Long hostUnitId;
        private HostCapacity capacity = HostCapacity.HEAD;
        private String personName;
        private String authorisationRef;

        public Long getHostUnitId() {
            return hostUnitId;
        }

        public void setHostUnitId(Long hostUnitId) {
            this.hostUnitId = hostUnitId;
        }

        public HostCapacity getCapacity() {
            return capacity;
        }

        public void setCapacity(HostCapacity capacity) {
            this.capacity = capacity;
        }

        public String getPersonName() {
            return personName;
        }

        public void setPersonName(String personName) {
            this.personName = personName;
        }

        public String getAuthorisationRef() {
            return authorisationRef;
        }

        public void setAuthorisationRef(String authorisationRef) {
            this.authorisationRef = authorisationRef;
        }
    }

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

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public SessionKind getKind() {
            return kind;
        }

        public void setKind(SessionKind kind) {
            this.kind = kind;
        }

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public Long getScheduleId() {
            return scheduleId;
        }

        public void setScheduleId(Long scheduleId) {
            this.scheduleId = scheduleId;
        }

        public String getParticipants() {
            return participants;
        }

        public void setParticipants(String participants) {
            this.participants = participants;
        }

        public List<HostRow> getHosts() {
            return hosts;
        }

        public void setHosts(List<HostRow> hosts) {
            this.hosts = hosts;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }

        public String getHostName() {
            return hostName;
        }

        public void setHostName(String hostName) {
            this.hostName = hostName;
        }

        public String getAuthorisationRef() {
            return authorisationRef;
        }

        public void setAuthorisationRef(String authorisationRef) {
            this.authorisationRef = authorisationRef;
        }

        public Long getHostUnitId() {
            return hostUnitId;
        }

        public void setHostUnitId(Long hostUnitId) {
            this.hostUnitId = hostUnitId;
        }

        public HostCapacity getCapacity() {
            return capacity;
        }

        public void setCapacity(HostCapacity capacity) {
            this.capacity = capacity;
        }
    }

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

        public MatterKind getMatterKind() {
            return matterKind;
        }

        public void setMatterKind(MatterKind matterKind) {
            this.matterKind = matterKind;
        }

        public Boolean getNewMatter() {
            return newMatter;
        }

        public void setNewMatter(Boolean newMatter) {
            this.newMatter = newMatter;
        }

        VisitData data() {
            return new VisitData(date, citizenName, citizenIdNumber, addressUnitId, hamlet, addressDetail, phone,
                    delegation, delegation ? headcount : Integer.valueOf(1), lines(representatives), content, fieldCode,
                    complex, prolonged, degradationRelated, mass, outcome, handlingNote, documentsReceived,
                    outcome == Outcome.REFUSED ? refusalGround : null, refusalNoticeNumber, refusalNoticeDate,
                    matterOfVisitId, denunciation, citizenIdKind, matterKind, newMatter);
        }

        public boolean isDenunciation() {
            return denunciation;
        }

        public void setDenunciation(boolean denunciation) {
            this.denunciation = denunciation;
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

        public LocalDate getDate() {
            return date;
        }

        public void setDate(LocalDate date) {
            this.date = date;
        }

        public String getCitizenName() {
            return citizenName;
        }

        public void setCitizenName(String citizenName) {
            this.citizenName = citizenName;
        }

        public String getCitizenIdNumber() {
            return citizenIdNumber;
        }

        public void setCitizenIdNumber(String citizenIdNumber) {
            this.citizenIdNumber = citizenIdNumber;
        }

        public org.tiepdan.platform.IdDocumentKind getCitizenIdKind() {
            return citizenIdKind;
        }

        public void setCitizenIdKind(org.tiepdan.platform.IdDocumentKind citizenIdKind) {
            this.citizenIdKind = citizenIdKind;
        }

        public Long getAddressUnitId() {
            return addressUnitId;
        }

        public void setAddressUnitId(Long addressUnitId) {
            this.addressUnitId = addressUnitId;
        }

        public String getHamlet() {
            return hamlet;
        }

        public void setHamlet(String hamlet) {
            this.hamlet = hamlet;
        }

        public String getAddressDetail() {
            return addressDetail;
        }

        public void setAddressDetail(String addressDetail) {
            this.addressDetail = addressDetail;
        }

        public String getPhone() {
            return phone;
        }

        public void setPhone(String phone) {
            this.phone = phone;
        }

        public boolean isDelegation() {
            return delegation;
        }

        public void setDelegation(boolean delegation) {
            this.delegation = delegation;
        }

        public Integer getHeadcount() {
            return headcount;
        }

        public void setHeadcount(Integer headcount) {
            this.headcount = headcount;
        }

        public String getRepresentatives() {
            return representatives;
        }

        public void setRepresentatives(String representatives) {
            this.representatives = representatives;
        }

        public String getContent() {
            return content;
        }

        public void setContent(String content) {
            this.content = content;
        }

        public String getFieldCode() {
            return fieldCode;
        }

        public void setFieldCode(String fieldCode) {
            this.fieldCode = fieldCode;
        }

        public boolean isComplex() {
            return complex;
        }

        public void setComplex(boolean complex) {
            this.complex = complex;
        }

        public boolean isProlonged() {
            return prolonged;
        }

        public void setProlonged(boolean prolonged) {
            this.prolonged = prolonged;
        }

        public boolean isDegradationRelated() {
            return degradationRelated;
        }

        public void setDegradationRelated(boolean degradationRelated) {
            this.degradationRelated = degradationRelated;
        }

        public boolean isMass() {
            return mass;
        }

        public void setMass(boolean mass) {
            this.mass = mass;
        }

        public Outcome getOutcome() {
            return outcome;
        }

        public void setOutcome(Outcome outcome) {
            this.outcome = outcome;
        }

        public String getHandlingNote() {
            return handlingNote;
        }

        public void setHandlingNote(String handlingNote) {
            this.handlingNote = handlingNote;
        }

        public String getDocumentsReceived() {
            return documentsReceived;
        }

        public void setDocumentsReceived(String documentsReceived) {
            this.documentsReceived = documentsReceived;
        }

        public String getRefusalGround() {
            return refusalGround;
        }

        public void setRefusalGround(String refusalGround) {
            this.refusalGround = refusalGround;
        }

        public String getRefusalNoticeNumber() {
            return refusalNoticeNumber;
        }

        public void setRefusalNoticeNumber(String refusalNoticeNumber) {
            this.refusalNoticeNumber = refusalNoticeNumber;
        }

        public LocalDate getRefusalNoticeDate() {
            return refusalNoticeDate;
        }

        public void setRefusalNoticeDate(LocalDate refusalNoticeDate) {
            this.refusalNoticeDate = refusalNoticeDate;
        }

        public Long getMatterOfVisitId() {
            return matterOfVisitId;
        }

        public void setMatterOfVisitId(Long matterOfVisitId) {
            this.matterOfVisitId = matterOfVisitId;
        }

        public long getVersion() {
            return version;
        }

        public void setVersion(long version) {
            this.version = version;
        }
    }

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

        public Long getUnitId() {
            return unitId;
        }

        public void setUnitId(Long unitId) {
            this.unitId = unitId;
        }

        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }

        public RecurrenceKind getRecurrence() {
            return recurrence;
        }

        public void setRecurrence(RecurrenceKind recurrence) {
            this.recurrence = recurrence;
        }

        public String getDaysOfMonth() {
            return daysOfMonth;
        }

        public void setDaysOfMonth(String daysOfMonth) {
            this.daysOfMonth = daysOfMonth;
        }

        public DayOfWeek getWeekday() {
            return weekday;
        }

        public void setWeekday(DayOfWeek weekday) {
            this.weekday = weekday;
        }

        public String getWeeksOfMonth() {
            return weeksOfMonth;
        }

        public void setWeeksOfMonth(String weeksOfMonth) {
            this.weeksOfMonth = weeksOfMonth;
        }

        public String getPlace() {
            return place;
        }

        public void setPlace(String place) {
            this.place = place;
        }

        public String getStartTime() {
            return startTime;
        }

        public void setStartTime(String startTime) {
            this.startTime = startTime;
        }

        public String getEndTime() {
            return endTime;
        }

        public void setEndTime(String endTime) {
            this.endTime = endTime;
        }

        public LocalDate getValidFrom() {
            return validFrom;
        }

        public void setValidFrom(LocalDate validFrom) {
            this.validFrom = validFrom;
        }

        public LocalDate getValidTo() {
            return validTo;
        }

        public void setValidTo(LocalDate validTo) {
            this.validTo = validTo;
        }

        public boolean isPublished() {
            return published;
        }

        public void setPublished(boolean published) {
            this.published = published;
        }

        public List<HostRow> getHosts() {
            return hosts;
        }

        public void setHosts(List<HostRow> hosts) {
            this.hosts = hosts;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }
}
