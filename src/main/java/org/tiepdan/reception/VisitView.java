package org.tiepdan.reception;

import java.time.LocalDate;
import java.util.List;

/**
 * One visit. {@code address} is the citizen's commune (or the free address when outside the
 * map), {@code hamlet} the thôn/xóm/tổ dân phố; {@code outcome} is the name of
 * ANSWERED, GUIDED, PETITION_RECEIVED or REFUSED; {@code field} the field code (lĩnh vực).
 * {@code denunciation}: the matter is a denunciation (tố cáo) and the citizen's identity is sealed in
 * the identity module: the name is a pseudonym and the other identity fields are empty.
 * {@code citizenIdKind}: the kind of {@code citizenIdNumber} (null on old rows and without a number).
 */
public record VisitView(long id, long sessionId, long unitId, LocalDate date, String citizenName,
        String citizenIdNumber, String address, String hamlet, String phone, boolean delegation, int headcount,
        List<String> representatives, String content, String field, boolean complex, boolean prolonged,
        boolean degradationRelated, boolean mass, String outcome, Long petitionId, boolean denunciation,
        org.tiepdan.platform.IdDocumentKind citizenIdKind) {

    public VisitView {
        representatives = representatives == null ? List.of() : List.copyOf(representatives);
    }

    public VisitView(long id, long sessionId, long unitId, LocalDate date, String citizenName, String citizenIdNumber,
            String address, String hamlet, String phone, boolean delegation, int headcount,
            List<String> representatives, String content, String field, boolean complex, boolean prolonged,
            boolean degradationRelated, boolean mass, String outcome, Long petitionId, boolean denunciation) {
        this(id, sessionId, unitId, date, citizenName, citizenIdNumber, address, hamlet, phone, delegation, headcount,
                representatives, content, field, complex, prolonged, degradationRelated, mass, outcome, petitionId,
                denunciation, null);
    }

    public VisitView(long id, long sessionId, long unitId, LocalDate date, String citizenName, String citizenIdNumber,
            String address, String hamlet, String phone, boolean delegation, int headcount,
            List<String> representatives, String content, String field, boolean complex, boolean prolonged,
            boolean degradationRelated, boolean mass, String outcome, Long petitionId) {
        this(id, sessionId, unitId, date, citizenName, citizenIdNumber, address, hamlet, phone, delegation, headcount,
                representatives, content, field, complex, prolonged, degradationRelated, mass, outcome, petitionId,
                false);
    }
}
