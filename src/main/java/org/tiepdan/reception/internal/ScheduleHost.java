package org.tiepdan.reception.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A head on a schedule: the body whose head it is, that head's role, and the person's name. */
@Embeddable
class ScheduleHost {

    @Column(name = "host_unit_id", nullable = false)
    private Long hostUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_role", nullable = false)
    private HostRole hostRole;

    @Column(name = "person_name")
    private String personName;

    protected ScheduleHost() {
    }

    ScheduleHost(Long hostUnitId, HostRole hostRole, String personName) {
        this.hostUnitId = hostUnitId;
        this.hostRole = hostRole;
        this.personName = personName;
    }

    public Long hostUnitId() {
        return hostUnitId;
    }

    public HostRole hostRole() {
        return hostRole;
    }

    public String personName() {
        return personName;
    }
}
