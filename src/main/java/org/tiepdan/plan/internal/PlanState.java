package org.tiepdan.plan.internal;

/** A plan is drafted (its text and tasks can change), then issued with a number of the register. */
public enum PlanState { DRAFT, ISSUED }
