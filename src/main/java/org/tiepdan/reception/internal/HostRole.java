package org.tiepdan.reception.internal;

import org.tiepdan.org.OrgUnitKind;

/** Whose head a host is: what the legal minimum depends on. Labels under {@code reception.role.}. */
enum HostRole {
    /** Bí thư cấp ủy: head of a Party committee. */
    PARTY_SECRETARY,
    /** Chủ tịch Ủy ban nhân dân. */
    PC_CHAIRMAN,
    /** Thủ trưởng cơ quan hành chính nhà nước (Sở, Thanh tra...). */
    AGENCY_HEAD;

    /** The head's role at a body of that kind. */
    static HostRole forKind(OrgUnitKind kind) {
        return switch (kind) {
            case PARTY_COMMITTEE -> PARTY_SECRETARY;
            case PEOPLES_COMMITTEE -> PC_CHAIRMAN;
            default -> AGENCY_HEAD;
        };
    }
}
