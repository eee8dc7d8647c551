package org.tiepdan.reception.internal;

/** What came of a visit. Labels under {@code reception.outcome.}. */
enum Outcome {
    /** Trả lời trực tiếp. */
    ANSWERED,
    /** Hướng dẫn. */
    GUIDED,
    /** Tiếp nhận đơn; the petitions module links the petition it registers. */
    PETITION_RECEIVED,
    /** Từ chối tiếp, with a legal ground (Luật Tiếp công dân 2013 Art. 9). */
    REFUSED
}
