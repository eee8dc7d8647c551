package org.tiepdan.history.internal;

/** What an import does with a row. Labels: {@code history.outcome.*}. */
enum RowOutcome {
    /** Will be created. */
    NEW,
    /** Its key was imported before: skipped. */
    ALREADY_IMPORTED,
    /** The same record was entered in the system: skipped. */
    ALREADY_PRESENT,
    /** Has an ERROR finding: the import cannot go on until it is corrected or left out. */
    REJECTED,
    /** Left out by the person importing (and the rows under it). */
    EXCLUDED,
    /** Its module cannot take imports yet (dialogues): skipped. */
    UNAVAILABLE,
    /** Belongs to a record that is skipped (already there): skipped with it. */
    SKIPPED
}
