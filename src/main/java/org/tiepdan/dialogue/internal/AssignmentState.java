package org.tiepdan.dialogue.internal;

/**
 * Where an assignment stands: OPEN until the unit answers in writing (ANSWERED) or the point, being
 * outside the body's competence, is sent to a higher body (ESCALATED). Both are final.
 * Labels: {@code dialogue.assignment.state.*}.
 */
public enum AssignmentState { OPEN, ANSWERED, ESCALATED }
