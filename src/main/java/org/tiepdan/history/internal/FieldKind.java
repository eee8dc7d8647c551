package org.tiepdan.history.internal;

/** How a field of an imported record is written and read. */
enum FieldKind {
    TEXT, DATE, INT, BOOL,
    /** A code from a list; sheets show the list's Vietnamese labels. */
    ENUM,
    /** A unit of the import's unit subtree, by name. */
    UNIT,
    /** Several units by name (sheet: separated by ";"). */
    UNITS,
    /** Several texts (sheet: one per line, or separated by ";"). */
    LIST,
    /** The key of another record of the bundle (or of an earlier import). */
    REF
}
