package org.tiepdan.reception.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A host of a session: a head (of the body {@code hostUnitId}), a deputy authorised in writing to
 * receive in the head's place (with the authorisation's reference), or reception staff.
 */
@Embeddable
class SessionHost {

    @Column(name = "host_unit_id")
    private Long hostUnitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "host_role")
    private HostRole hostRole;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private HostCapacity capacity;

    @Column(name = "person_name", nullable = false)
    private String personName;

    @Column(name = "authorisation_ref")
    private String authorisationRef;

    protected SessionHost() {
    }

    SessionHost(Long hostUnitId, HostRole hostRole, HostCapacity capacity, String personName,
            String authorisationRef) {
        this.hostUnitId = hostUnitId;
        this.hostRole = hostRole;
        this.capacity = capacity;
        this.personName = personName;
        this.authorisationRef = authorisationRef;
    }

    public Long hostUnitId() {
        return hostUnitId;
    }

    public HostRole hostRole() {
        return hostRole;
    }

    public HostCapacity capacity() {
        return capacity;
    }

    public String personName() {
        return personName;
    }

    public String authorisationRef() {
        return authorisationRef;
    }
}
