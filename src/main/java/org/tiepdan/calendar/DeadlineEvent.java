package org.tiepdan.calendar;

/** The event a time limit counts from. Labels: {@code calendar.event.*} in messages_vi.properties. */
public enum DeadlineEvent {
    /** Receipt of the petition (ngày nhận được đơn). */
    RECEIPT,
    /** Acceptance for resolution (ngày thụ lý). */
    ACCEPTANCE,
    /** The petitioner learnt of the decision or act (ngày biết được quyết định, hành vi). */
    DECISION_KNOWN,
    /** The acceptance decision (ngày ra quyết định thụ lý). */
    ACCEPTANCE_DECISION,
    /** The end of the previous term (ngày hết thời hạn trước). */
    PREVIOUS_TERM_END,
    /** Publication (ngày niêm yết). */
    PUBLICATION,
    /** The dialogue conference (ngày đối thoại). */
    DIALOGUE,
    /** The conclusion notice (ngày thông báo kết luận). */
    CONCLUSION_NOTICE,
    /** A decision (ngày ra quyết định), e.g. the one to send to the parties. */
    DECISION,
    /**
     * Receipt of the first-round complaint decision, or the expiry of the first-round limit without
     * one (Luật Khiếu nại 2011 Art. 33).
     */
    FIRST_ROUND_END
}
