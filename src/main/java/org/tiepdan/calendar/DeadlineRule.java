package org.tiepdan.calendar;

import java.time.LocalDate;

/**
 * A legal time limit as data (table {@code deadline_rule}).
 *
 * @param code          stable code, e.g. {@code COMPLAINT_RESOLVE_R1}
 * @param legalBasis    the text, e.g. "Luật Khiếu nại 2011"
 * @param article       e.g. "Điều 28", or null
 * @param effectiveFrom first day of the starting event it applies to
 * @param effectiveTo   last such day, or null when open
 * @param provinceCode  the province whose own rule this is (e.g. "42", Hà Tĩnh), or null when nationwide
 * @param maxUses       for an extension rule, how many times one case may use it; null otherwise
 */
public record DeadlineRule(long id, String code, DeadlineVariant variant, String name, String legalBasis,
        String article, int duration, DurationUnit unit, DeadlineEvent startEvent, LocalDate effectiveFrom,
        LocalDate effectiveTo, Status status, String note, String provinceCode, Integer maxUses) {

    public enum Status { CONFIRMED, TO_VERIFY }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /** How many times an extension rule may be used on one case: its {@code maxUses}, once when not stated. */
    public int uses() {
        return maxUses == null ? 1 : maxUses;
    }

    /** "Điều 28 Luật Khiếu nại 2011", or the basis alone. */
    public String citation() {
        return article == null || article.isBlank() ? legalBasis : article + " " + legalBasis;
    }
}
