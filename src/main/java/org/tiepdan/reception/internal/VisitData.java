package org.tiepdan.reception.internal;

import java.time.LocalDate;
import java.util.List;

import org.tiepdan.platform.IdDocumentKind;

/**
 * What an officer enters for a visit; checked by {@link ReceptionVisit#apply}. {@code denunciation}:
 * the matter is a denunciation (tố cáo): the citizen's identity is sealed when the visit is saved.
 * {@code citizenIdKind}: the kind of the citizen's identity document (null: follows from the
 * number's form, {@link org.tiepdan.platform.IdDocument#infer}). {@code matterKind} and
 * {@code newMatter} (true: a new matter, false: an old one): optional classification for the
 * statistical forms and the national database; a {@code DENUNCIATION} is sealed like
 * {@code denunciation}.
 */
record VisitData(LocalDate date, String citizenName, String citizenIdNumber, Long addressUnitId, String hamlet,
        String addressDetail, String phone, boolean delegation, Integer headcount, List<String> representatives,
        String content, String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated,
        boolean mass, Outcome outcome, String handlingNote, String documentsReceived, String refusalGround,
        String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId, boolean denunciation,
        IdDocumentKind citizenIdKind, MatterKind matterKind, Boolean newMatter) {

    VisitData(LocalDate date, String citizenName, String citizenIdNumber, Long addressUnitId, String hamlet,
            String addressDetail, String phone, boolean delegation, Integer headcount, List<String> representatives,
            String content, String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated,
            boolean mass, Outcome outcome, String handlingNote, String documentsReceived, String refusalGround,
            String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId, boolean denunciation,
            IdDocumentKind citizenIdKind) {
        this(date, citizenName, citizenIdNumber, addressUnitId, hamlet, addressDetail, phone, delegation, headcount,
                representatives, content, fieldCode, complex, prolonged, degradationRelated, mass, outcome,
                handlingNote, documentsReceived, refusalGround, refusalNoticeNumber, refusalNoticeDate,
                matterOfVisitId, denunciation, citizenIdKind, null, null);
    }

    VisitData(LocalDate date, String citizenName, String citizenIdNumber, Long addressUnitId, String hamlet,
            String addressDetail, String phone, boolean delegation, Integer headcount, List<String> representatives,
            String content, String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated,
            boolean mass, Outcome outcome, String handlingNote, String documentsReceived, String refusalGround,
            String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId, boolean denunciation) {
        this(date, citizenName, citizenIdNumber, addressUnitId, hamlet, addressDetail, phone, delegation, headcount,
                representatives, content, fieldCode, complex, prolonged, degradationRelated, mass, outcome,
                handlingNote, documentsReceived, refusalGround, refusalNoticeNumber, refusalNoticeDate,
                matterOfVisitId, denunciation, null);
    }

    VisitData(LocalDate date, String citizenName, String citizenIdNumber, Long addressUnitId, String hamlet,
            String addressDetail, String phone, boolean delegation, Integer headcount, List<String> representatives,
            String content, String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated,
            boolean mass, Outcome outcome, String handlingNote, String documentsReceived, String refusalGround,
            String refusalNoticeNumber, LocalDate refusalNoticeDate, Long matterOfVisitId) {
        this(date, citizenName, citizenIdNumber, addressUnitId, hamlet, addressDetail, phone, delegation, headcount,
                representatives, content, fieldCode, complex, prolonged, degradationRelated, mass, outcome,
                handlingNote, documentsReceived, refusalGround, refusalNoticeNumber, refusalNoticeDate,
                matterOfVisitId, false);
    }
}
