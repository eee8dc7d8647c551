package org.tiepdan.report.internal;

/**
 * The screen of a record, for the drill-down lists and the findings: the path the owning module
 * gave with the record (the report module knows no module's screens).
 */
final class RecordLinks {

    private RecordLinks() {
    }

    /** The path of the record's screen, or null when no screen shows it. */
    static String path(Ref r) {
        return r.path();
    }

    /** A record named in a finding: its path, or "type #id" when no screen shows it. */
    static String name(Ref r) {
        String path = path(r);
        return path != null ? path : r.type() + "#" + r.id();
    }
}
