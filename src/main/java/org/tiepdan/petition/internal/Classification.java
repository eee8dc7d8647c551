package org.tiepdan.petition.internal;

import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionKind;

/**
 * The handler's classification of a petition (TT 05/2021/TT-TTCP). {@code field}: a node of the field
 * tree (reception.FieldTree), resolved from what was typed by {@link PetitionService#classify}.
 */
record Classification(PetitionKind kind, String field, boolean eligible, Reason ineligibility,
        Competence competence, boolean complex, boolean prolonged, boolean mass, boolean degradationRelated,
        boolean incited, boolean remoteArea) {

    Classification withField(String node) {
        return new Classification(kind, node, eligible, ineligibility, competence, complex, prolonged, mass,
                degradationRelated, incited, remoteArea);
    }
}
