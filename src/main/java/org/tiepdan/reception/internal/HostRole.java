package org.tiepdan.reception.internal;

import org.tiepdan.org.OrgUnitKind;

/** Whose head a host is: what the legal minimum depends on. Labels under {@code reception.role.}. */
enum HostRole {
    /** Bí thư cấp ủy: head of a Party committee. */
    PARTY_SECRETARY,
    /** Chủ tịch Ủy ban nhân dân. */
    PC_CHAIRMAN,
    /** Thủ trưởng cơ quan hành chính nhà nước (Sở, Thanh tra...). */
    AGENCY_HEAD,
    /**
     * Thường trực Hội đồng nhân dân: the People's Council standing committee receives citizens
     * (Luật Tiếp công dân 2013; Luật 136/2025/QH15); its minimum frequency is to be verified, so no
     * compliance is computed for it. Not the head of any body kind of the map ({@link #forKind}).
     */
    PEOPLES_COUNCIL_STANDING;

    /** The head's role at a body of that kind. */
    static HostRole forKind(OrgUnitKind kind) {
        return switch (kind) {
            case PARTY_COMMITTEE -> PARTY_SECRETARY;
            case PEOPLES_COMMITTEE -> PC_CHAIRMAN;
            default -> AGENCY_HEAD;
        };
    }
}
