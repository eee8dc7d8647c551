package org.tiepdan.org;

/** What a unit is. Labels for people are in messages_vi.properties under {@code org.kind.}. */
public enum OrgUnitKind {
    /** A territory from the national catalogue: tỉnh/thành phố, xã/phường/đặc khu. */
    ADMINISTRATIVE_AREA,
    PARTY_COMMITTEE,
    PEOPLES_COMMITTEE,
    DEPARTMENT,
    INSPECTORATE,
    FATHERLAND_FRONT,
    ORGANISATION,
    OTHER;

    public boolean isArea() {
        return this == ADMINISTRATIVE_AREA;
    }
}
