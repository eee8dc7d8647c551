package org.tiepdan.reception;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Past sessions and visits brought in by a history import. They pass the rules of manual entry
 * ({@code check...} throws the same {@link org.tiepdan.platform.DomainException}), enter closed,
 * carry the import's id and are audited; nothing else (no recognition prompt, no petition link
 * unless asked) happens. {@code capacity} is HEAD, DEPUTY or STAFF; {@code outcome} ANSWERED,
 * GUIDED, PETITION_RECEIVED or REFUSED; {@code fieldCode} a code of the fields table.
 */
public interface ReceptionHistory {

    record Host(String capacity, Long hostUnitId, String personName, String authorisationRef) {
    }

    record HistoricalSession(long unitId, SessionKind kind, LocalDate date, String place, List<Host> hosts,
            String participants) {
    }

    record HistoricalVisit(LocalDate date, String citizenName, String citizenIdNumber, String hamlet, String address,
            boolean delegation, Integer headcount, List<String> representatives, String content, String fieldCode,
            boolean complex, boolean prolonged, boolean degradationRelated, String outcome, String handlingNote,
            String refusalGround, String refusalNoticeNumber, LocalDate refusalNoticeDate,
            org.tiepdan.platform.IdDocumentKind citizenIdKind, String matterKind, Boolean newMatter) {

        /**
         * Without the kind of the matter ({@code COMPLAINT}, {@code DENUNCIATION}, {@code RECOMMENDATION},
         * {@code MIXED}; a denunciation's citizen is sealed) and whether it is new (true) or old (false).
         */
        public HistoricalVisit(LocalDate date, String citizenName, String citizenIdNumber, String hamlet,
                String address, boolean delegation, Integer headcount, List<String> representatives, String content,
                String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated, String outcome,
                String handlingNote, String refusalGround, String refusalNoticeNumber, LocalDate refusalNoticeDate,
                org.tiepdan.platform.IdDocumentKind citizenIdKind) {
            this(date, citizenName, citizenIdNumber, hamlet, address, delegation, headcount, representatives, content,
                    fieldCode, complex, prolonged, degradationRelated, outcome, handlingNote, refusalGround,
                    refusalNoticeNumber, refusalNoticeDate, citizenIdKind, null, null);
        }

        /** Without the kind of the citizen's identity document (it then follows from the number's form). */
        public HistoricalVisit(LocalDate date, String citizenName, String citizenIdNumber, String hamlet,
                String address, boolean delegation, Integer headcount, List<String> representatives, String content,
                String fieldCode, boolean complex, boolean prolonged, boolean degradationRelated, String outcome,
                String handlingNote, String refusalGround, String refusalNoticeNumber, LocalDate refusalNoticeDate) {
            this(date, citizenName, citizenIdNumber, hamlet, address, delegation, headcount, representatives, content,
                    fieldCode, complex, prolonged, degradationRelated, outcome, handlingNote, refusalGround,
                    refusalNoticeNumber, refusalNoticeDate, null, null, null);
        }
    }

    /** Field codes (lĩnh vực) with their labels, in the order the entry form shows them. */
    Map<String, String> fields();

    /** Old flat field codes still accepted, with the node of the field tree each stands for ({@code LAND} → {@code ADM_LAND}). */
    Map<String, String> fieldAliases();

    /** Refusal grounds (Luật Tiếp công dân 2013 Art. 9) by code. */
    List<String> refusalGrounds();

    void checkSession(HistoricalSession session);

    void checkVisit(HistoricalSession session, HistoricalVisit visit);

    /** The same check for a visit to a session already recorded (e.g. by an earlier import). */
    void checkVisit(long sessionId, HistoricalVisit visit);

    /** A session already recorded at the unit on that day, of that kind, at that place. */
    Optional<Long> existingSession(HistoricalSession session);

    /** A visit of the same citizen about the same content already recorded in the session. */
    Optional<Long> existingVisit(long sessionId, HistoricalVisit visit);

    long recordSession(HistoricalSession session, long importId);

    /** {@code matterOfVisitId}: the first visit of the same matter, or null. */
    long recordVisit(long sessionId, HistoricalVisit visit, Long matterOfVisitId, long importId);
}
