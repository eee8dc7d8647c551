package org.tiepdan.petition.internal;

/**
 * Why a petition is not handled further: ineligibility grounds (TT 05/2021/TT-TTCP) for returning or
 * refusing, and grounds for archiving. Labels: {@code petition.reason.*}.
 */
public enum Reason {
    // Ineligible (TT 05/2021 Art. 6, 11): return or refuse.
    NO_SIGNATURE_OR_NAME, NOT_WRITTEN_IN_VIETNAMESE, TIME_LIMIT_EXPIRED, NO_LEGAL_CAPACITY, ALREADY_COURT,
    NOT_DIRECTLY_AFFECTED, ORIGINAL_DOCUMENTS,
    // Archive.
    ANONYMOUS, DUPLICATE, ALREADY_SETTLED, OTHER;

    boolean archives() {
        return this == ANONYMOUS || this == DUPLICATE || this == ALREADY_SETTLED || this == OTHER;
    }
}
