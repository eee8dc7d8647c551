package org.tiepdan.plan.internal;

/**
 * How a task's time frame is written in a plan: dates (RANGE), "Thường xuyên" (YEAR_ROUND),
 * "Hằng tháng" (MONTHLY), "Hằng quý" (QUARTERLY), "Quý I…IV" (QUARTER). Labels: {@code plan.frame.<NAME>}.
 */
public enum FrameKind { RANGE, YEAR_ROUND, MONTHLY, QUARTERLY, QUARTER }
