package org.tiepdan.reception.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

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
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DomainException;
import org.tiepdan.reception.SessionKind;

/**
 * One sitting (cuộc tiếp). Periodic and ad hoc sessions are hosted by a head or by a deputy
 * authorised in writing; regular ones by reception staff. A session is open while visits are
 * entered, then closed; a closed session is corrected only by its host or an administrator.
 */
@Entity
@Table(name = "reception_session")
class ReceptionSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private SessionKind kind;

    @Column(name = "session_date", nullable = false)
    private LocalDate date;

    @Column(nullable = false)
    private String place;

    @Column(name = "schedule_id")
    private Long scheduleId;

    private String participants;

    private String note;

    private boolean closed;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt = Instant.now();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "reception_session_host", joinColumns = @JoinColumn(name = "session_id"))
    @OrderColumn(name = "position")
    private List<SessionHost> hosts = new ArrayList<>();

    @Version
    private long version;

    protected ReceptionSession() {
    }

    ReceptionSession(Long unitId, SessionKind kind, LocalDate date, String place, Long scheduleId,
            List<SessionHost> hosts, String participants, String createdBy, LocalDate today) {
        if (unitId == null) {
            throw DomainException.invalid("reception-unit-required", "unitId");
        }
        this.unitId = unitId;
        this.createdBy = createdBy;
        this.scheduleId = scheduleId;
        change(kind, date, place, hosts, participants, today);
    }

    /** Sets what a session is; the same rules on creation and correction. */
    void change(SessionKind newKind, LocalDate newDate, String newPlace, List<SessionHost> newHosts,
            String newParticipants, LocalDate today) {
        if (newKind == null) {
            throw DomainException.invalid("reception-kind-required", "kind");
        }
        if (newDate == null) {
            throw DomainException.invalid("reception-date-required", "date");
        }
        if (newDate.isAfter(today)) {
            throw DomainException.invalid("reception-session-future", "date", Dates.format(today));
        }
        if (newPlace == null || newPlace.isBlank()) {
            throw DomainException.invalid("reception-place-required", "place");
        }
        List<SessionHost> checked = newHosts == null ? List.of()
                : newHosts.stream().filter(h -> h.personName() != null && !h.personName().isBlank()).toList();
        if (checked.isEmpty()) {
            throw DomainException.invalid("reception-host-required", "hostName");
        }
        for (SessionHost h : checked) {
            if (h.capacity() == HostCapacity.DEPUTY
                    && (h.authorisationRef() == null || h.authorisationRef().isBlank())) {
                throw DomainException.invalid("reception-deputy-authorisation-required", "authorisationRef");
            }
            if (h.capacity() != HostCapacity.STAFF && h.hostUnitId() == null) {
                throw DomainException.invalid("reception-host-unit-required", "hostUnitId");
            }
        }
        if (newKind != SessionKind.REGULAR && checked.stream().allMatch(h -> h.capacity() == HostCapacity.STAFF)) {
            throw DomainException.invalid("reception-head-host-required", "capacity");
        }
        this.kind = newKind;
        this.date = newDate;
        this.place = newPlace.strip();
        this.hosts = new ArrayList<>(checked);
        this.participants = newParticipants == null || newParticipants.isBlank() ? null : newParticipants.strip();
    }

    void close() {
        this.closed = true;
    }

    void reopen() {
        this.closed = false;
    }

    public Long id() {
        return id;
    }

    public Long unitId() {
        return unitId;
    }

    public SessionKind kind() {
        return kind;
    }

    public LocalDate date() {
        return date;
    }

    public String place() {
        return place;
    }

    public Long scheduleId() {
        return scheduleId;
    }

    public String participants() {
        return participants;
    }

    public String note() {
        return note;
    }

    void note(String value) {
        this.note = value;
    }

    public boolean closed() {
        return closed;
    }

    public String createdBy() {
        return createdBy;
    }

    public List<SessionHost> hosts() {
        return List.copyOf(hosts);
    }

    public long version() {
        return version;
    }
}
