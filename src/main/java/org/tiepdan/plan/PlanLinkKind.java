package org.tiepdan.plan;

/**
 * The kinds of records that fulfil a plan task. Labels: {@code plan.link.kind.<NAME>}. A kind
 * whose module offers a {@link PlanLinkTarget} is checked and labelled by it; the others keep
 * the label typed when linking (dialogues and reports until their modules offer a target).
 */
public enum PlanLinkKind { RECEPTION_SCHEDULE, DIALOGUE, INSPECTION, OUTREACH_EVENT, REPORT, ISSUED_DOCUMENT }
