package org.tiepdan.oversight;

/**
 * Where a recommendation (kiến nghị) of an inspection stands on a given day. OPEN and DONE are
 * stored; OVERDUE is computed: still open after its due date.
 */
public enum RecommendationState { OPEN, OVERDUE, DONE }
