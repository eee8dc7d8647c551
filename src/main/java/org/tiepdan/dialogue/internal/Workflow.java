package org.tiepdan.dialogue.internal;

import static org.tiepdan.dialogue.internal.DialogueAction.*;
import static org.tiepdan.dialogue.internal.DialogueState.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The state machine of a dialogue, as a table: for each state, the actions allowed and the state
 * they lead to. Anything not in the table is refused (409 {@code dialogue-transition-invalid}).
 *
 * <pre>
 * PLANNED   --EDIT_PLAN, RECORD_OPINION, TURN_INTO_PETITION, ISSUE_PLAN/NOTICE/INVITATION/SUMMARY--> PLANNED
 * PLANNED   --HOLD--> HELD            PLANNED --CANCEL--> CANCELLED
 * HELD      --RECORD_OPINION, ANSWER_ON_SPOT, TURN_INTO_PETITION, ISSUE_RECORD--> HELD
 * HELD      --CONCLUDE (conclusion notice TB)--> CONCLUDED
 * CONCLUDED --ISSUE_RECORD, ANSWER, ESCALATE--> CONCLUDED
 * CONCLUDED --CLOSE (every assignment answered or escalated; report BC)--> CLOSED
 * </pre>
 */
final class Workflow {

    private static final Map<DialogueState, Map<DialogueAction, DialogueState>> TABLE = new EnumMap<>(DialogueState.class);

    static {
        for (DialogueState s : DialogueState.values()) {
            TABLE.put(s, new EnumMap<>(DialogueAction.class));
        }
        stay(PLANNED, EDIT_PLAN, RECORD_OPINION, TURN_INTO_PETITION, ISSUE_PLAN, ISSUE_NOTICE, ISSUE_INVITATION,
                ISSUE_SUMMARY);
        TABLE.get(PLANNED).put(HOLD, HELD);
        TABLE.get(PLANNED).put(CANCEL, CANCELLED);
        stay(HELD, RECORD_OPINION, ANSWER_ON_SPOT, TURN_INTO_PETITION, ISSUE_RECORD);
        TABLE.get(HELD).put(CONCLUDE, CONCLUDED);
        stay(CONCLUDED, ISSUE_RECORD, ANSWER, ESCALATE);
        TABLE.get(CONCLUDED).put(CLOSE, CLOSED);
    }

    private Workflow() {
    }

    private static void stay(DialogueState state, DialogueAction... actions) {
        for (DialogueAction a : actions) {
            TABLE.get(state).put(a, state);
        }
    }

    /** The state the action leads to from {@code state}, or empty when the table forbids it. */
    static Optional<DialogueState> next(DialogueState state, DialogueAction action) {
        return Optional.ofNullable(TABLE.get(state).get(action));
    }

    static Set<DialogueAction> allowed(DialogueState state) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(TABLE.get(state).keySet()));
    }

    static boolean isFinal(DialogueState state) {
        return TABLE.get(state).isEmpty();
    }
}
