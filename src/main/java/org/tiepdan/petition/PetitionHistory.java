package org.tiepdan.petition;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Petitions of past years brought in by a history import, in their final state. Each one goes
 * through the same workflow steps as at the front desk (so the same rules and the same legal
 * deadlines apply, and whether it was settled on time is computed the same way), with the dates of
 * the import; it is registered in its unit's register of the year it was received, carries the
 * import's id, and ends settled, so no reminder or overdue mark ever concerns it.
 * {@code check} throws the {@link org.tiepdan.platform.DomainException} manual entry would.
 */
public interface PetitionHistory {

    /** The handling decision (hướng xử lý). */
    enum Decision { ACCEPT, REFUSE, TRANSFER, GUIDE, RETURN, ARCHIVE, DIRECT }

    /**
     * One petition. {@code field} is a code of the field tree, or an old flat code standing for its
     * node (see {@link #fields()}); {@code reason} and {@code result} are names of the petition
     * module's enums (see {@link #reasons()}, {@link #results()}).
     * {@code decidedOn} is the day of the handling decision (thụ lý, chuyển, hướng dẫn...);
     * {@code resolvedOn} the day it was resolved (decision, conclusion, answer, result of a
     * direction) when it was accepted or directed; {@code otherBody} the body it was transferred
     * to, guided to, or directed; {@code cameBackOn} the day the citizen came back on the same
     * matter after it was settled. {@code petitionerIdKind}: the kind of {@code petitionerIdNumber}
     * (null: follows from its form); the number is checked by its kind's rule (LAW.md, "Identity documents").
     * {@code newMatter}: true a new matter, false an old one, null not recorded.
     * {@code destinationCategory}: of a TRANSFER or GUIDE, the category of the body it went to (see
     * {@link #destinationCategories()}); optional, the old books rarely say it.
     */
    record HistoricalPetition(long unitId, Channel channel, LocalDate receivedOn, String senderBody,
            String dispatchNumber, LocalDate dispatchDate, Long receptionVisitId, String content,
            String petitionerName, String petitionerIdNumber, String petitionerAddress, int headcount,
            PetitionKind kind, String field, Competence competence, boolean complex, boolean prolonged,
            boolean degradationRelated, boolean incited, Decision decision, LocalDate decidedOn,
            String decisionDocument, String reason, String otherBody, LocalDate directionDueOn,
            LocalDate resolvedOn, String resolutionDocument, String result, LocalDate cameBackOn,
            org.tiepdan.platform.IdDocumentKind petitionerIdKind, Boolean newMatter, String destinationCategory) {

        /** Without old/new and the destination's category (neither recorded). */
        public HistoricalPetition(long unitId, Channel channel, LocalDate receivedOn, String senderBody,
                String dispatchNumber, LocalDate dispatchDate, Long receptionVisitId, String content,
                String petitionerName, String petitionerIdNumber, String petitionerAddress, int headcount,
                PetitionKind kind, String field, Competence competence, boolean complex, boolean prolonged,
                boolean degradationRelated, boolean incited, Decision decision, LocalDate decidedOn,
                String decisionDocument, String reason, String otherBody, LocalDate directionDueOn,
                LocalDate resolvedOn, String resolutionDocument, String result, LocalDate cameBackOn,
                org.tiepdan.platform.IdDocumentKind petitionerIdKind) {
            this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                    petitionerName, petitionerIdNumber, petitionerAddress, headcount, kind, field, competence, complex,
                    prolonged, degradationRelated, incited, decision, decidedOn, decisionDocument, reason, otherBody,
                    directionDueOn, resolvedOn, resolutionDocument, result, cameBackOn, petitionerIdKind, null, null);
        }

        /** Without the kind of the petitioner's identity document (it then follows from the number's form). */
        public HistoricalPetition(long unitId, Channel channel, LocalDate receivedOn, String senderBody,
                String dispatchNumber, LocalDate dispatchDate, Long receptionVisitId, String content,
                String petitionerName, String petitionerIdNumber, String petitionerAddress, int headcount,
                PetitionKind kind, String field, Competence competence, boolean complex, boolean prolonged,
                boolean degradationRelated, boolean incited, Decision decision, LocalDate decidedOn,
                String decisionDocument, String reason, String otherBody, LocalDate directionDueOn,
                LocalDate resolvedOn, String resolutionDocument, String result, LocalDate cameBackOn) {
            this(unitId, channel, receivedOn, senderBody, dispatchNumber, dispatchDate, receptionVisitId, content,
                    petitionerName, petitionerIdNumber, petitionerAddress, headcount, kind, field, competence, complex,
                    prolonged, degradationRelated, incited, decision, decidedOn, decisionDocument, reason, otherBody,
                    directionDueOn, resolvedOn, resolutionDocument, result, cameBackOn, null);
        }
    }

    record Recorded(long petitionId, long caseId, String registrationNumber) {
    }

    /** The nodes of the field tree offered for choice (reception.FieldTree). */
    List<String> fields();

    List<String> reasons();

    /** Results of a complaint decision or a denunciation conclusion. */
    List<String> results();

    /** Categories of the body a petition outside competence went to (NĐ 55/2022 Art. 6). */
    List<String> destinationCategories();

    void check(HistoricalPetition petition);

    /** The registration number of the same petition (unit, day received, content) already recorded. */
    Optional<String> existing(HistoricalPetition petition);

    Recorded record(HistoricalPetition petition, long importId);
}
