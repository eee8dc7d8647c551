package org.tiepdan.reception;

/** Kind of a reception session. Labels are in messages_vi.properties under {@code reception.kind.}. */
public enum SessionKind {
    /** Định kỳ: on the head's published schedule. */
    PERIODIC,
    /** Đột xuất. */
    AD_HOC,
    /** Thường xuyên: by the standing reception staff. */
    REGULAR
}
