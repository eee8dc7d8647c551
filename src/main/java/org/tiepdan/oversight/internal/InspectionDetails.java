package org.tiepdan.oversight.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;

/** What a form or the API says about an inspection, before the aggregate checks it. */
record InspectionDetails(InspectionKind kind, InspectionMode mode, String topic, String title, LocalDate startedOn,
        LocalDate endedOn, List<Long> bodies, Long decisionDocumentId, Long conclusionDocumentId, String findings) {

    /** A head row of the form: id null for a new head. */
    record HeadRow(Long id, String fullName, String title, Long unitId) {

        boolean isBlank() {
            return Text.clean(fullName) == null && Text.clean(title) == null && unitId == null;
        }
    }
}
