package org.tiepdan.dialogue.internal;

/** What can be done to a dialogue; which action is allowed in which state is {@link Workflow}'s. */
public enum DialogueAction {
    EDIT_PLAN, RECORD_OPINION, ANSWER_ON_SPOT, TURN_INTO_PETITION,
    ISSUE_PLAN, ISSUE_NOTICE, ISSUE_INVITATION, ISSUE_SUMMARY, ISSUE_RECORD,
    HOLD, CONCLUDE, ANSWER, ESCALATE, CLOSE, CANCEL;

    /** The action issuing a document of that kind on its own (the others come with CONCLUDE, CLOSE). */
    static DialogueAction issuing(DocumentKind kind) {
        return switch (kind) {
            case PLAN -> ISSUE_PLAN;
            case NOTICE -> ISSUE_NOTICE;
            case INVITATION -> ISSUE_INVITATION;
            case OPINION_SUMMARY -> ISSUE_SUMMARY;
            case RECORD -> ISSUE_RECORD;
            case CONCLUSION_NOTICE -> CONCLUDE;
            case REPORT -> CLOSE;
            case ESCALATION -> ESCALATE;
        };
    }
}
