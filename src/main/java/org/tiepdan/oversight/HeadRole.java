package org.tiepdan.oversight;

/**
 * The role of the person found in violation (REPORTS.md, Phụ lục 3 row 4): Phụ lục 3 counts the
 * heads of Party committees (người đứng đầu cấp ủy), that is {@link #PARTY_SECRETARY}; the other roles
 * are recorded so that the same inspection can hold them without counting them. Labels:
 * {@code oversight.head-role.<NAME>}.
 */
public enum HeadRole {
    PARTY_SECRETARY, PARTY_DEPUTY_SECRETARY, PC_CHAIRMAN, PC_VICE_CHAIRMAN, AGENCY_HEAD, OTHER
}
