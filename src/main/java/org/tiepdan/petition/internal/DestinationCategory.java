package org.tiepdan.petition.internal;

import java.util.Optional;

import org.tiepdan.org.OrgUnitKind;

/**
 * The category of the body a petition outside the body's competence goes to, as the national
 * database asks it (NĐ 55/2022 Art. 6, "xử lý đơn"): National Assembly and People's Council bodies;
 * State administration; prosecution, courts and enforcement; State Audit; political and
 * socio-political organisations; other. Labels: {@code petition.destination-category.*}.
 *
 * <p>Recorded on the transfer or guidance step. Only a unit of our catalogue says its category by its
 * kind ({@link #forUnitKind}); a body named in words has to be categorised by the officer, never
 * defaulted, since a wrong entry in the national database is a prohibited act.
 */
public enum DestinationCategory {
    NATIONAL_ASSEMBLY_PEOPLES_COUNCIL, STATE_ADMINISTRATION, PROSECUTION_COURT_ENFORCEMENT, STATE_AUDIT,
    POLITICAL_SOCIO_POLITICAL, OTHER;

    /**
     * The category a catalogue unit's kind determines; empty for a kind that says nothing (OTHER,
     * a territory), where the officer chooses.
     */
    static Optional<DestinationCategory> forUnitKind(OrgUnitKind kind) {
        if (kind == null) {
            return Optional.empty();
        }
        return switch (kind) {
            case PEOPLES_COMMITTEE, DEPARTMENT, INSPECTORATE -> Optional.of(STATE_ADMINISTRATION);
            case PARTY_COMMITTEE, FATHERLAND_FRONT, ORGANISATION -> Optional.of(POLITICAL_SOCIO_POLITICAL);
            case ADMINISTRATIVE_AREA, OTHER -> Optional.empty();
        };
    }
}
