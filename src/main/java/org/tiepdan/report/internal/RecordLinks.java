package org.tiepdan.report.internal;

import java.util.Map;

/**
 * The screen of each kind of record, for the drill-down lists and the findings. Records whose
 * module gave a path keep it (inspections, outreach events, documents).
 */
final class RecordLinks {

    private static final Map<String, String> PATHS = Map.of(
            "ReceptionSession", "/reception/sessions/",
            "ReceptionVisit", "/reception/visits/",
            "ReceptionSchedule", "/reception/schedules/",
            "PetitionCase", "/cases/",
            "Petition", "/petitions/",
            "Inspection", "/inspections/",
            "OrgUnit", "/org-units/",
            "IssuedDocument", "/documents/",
            "Dialogue", "/dialogues/");

    private RecordLinks() {
    }

    /** The path of the record's screen, or null when no screen shows it. */
    static String path(Ref r) {
        if (r.path() != null) {
            return r.path();
        }
        String base = PATHS.get(r.type());
        return base == null ? null : base + r.id();
    }

    /** A record named in a finding: its path, or "type #id" when no screen shows it. */
    static String name(Ref r) {
        String path = path(r);
        return path != null ? path : r.type() + "#" + r.id();
    }
}
