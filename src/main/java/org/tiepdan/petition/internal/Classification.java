package org.tiepdan.petition.internal;

import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/** The handler's classification of a petition (TT 05/2021/TT-TTCP). */
record Classification(PetitionKind kind, PetitionField field, boolean eligible, Reason ineligibility,
        Competence competence, boolean complex, boolean prolonged, boolean mass, boolean degradationRelated,
        boolean incited, boolean remoteArea) {
}
