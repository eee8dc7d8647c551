package org.tiepdan.petition.internal;

import java.time.LocalDate;

/**
 * What a step carries besides its action: the day it was taken, its written document (number and
 * date), and the fields some steps need.
 *
 * @param targetUnitId  TRANSFER inside the installation: the competent unit
 * @param externalBody  TRANSFER outside, or GUIDE: the body named
 * @param directedBody  DIRECT: the body directed to resolve
 * @param expectedOn    DIRECT: when its answer is expected
 * @param handler       ASSIGN: the officer (username)
 * @param especially    EXTEND: especially complex (two extensions allowed)
 * @param decisionReceivedOn SECOND_ROUND: the day the complainant received the first-round
 *                      decision (default: the decision's date)
 * @param destinationCategory TRANSFER, GUIDE: the category of the body the petition goes to
 *                      (NĐ 55/2022 Art. 6); null: from the target unit's kind, else refused
 */
record Step(LocalDate on, String documentNumber, LocalDate documentDate, Reason reason, String note,
        Outcome outcome, Long targetUnitId, String externalBody, String directedBody, LocalDate expectedOn,
        String handler, boolean especially, LocalDate decisionReceivedOn, DestinationCategory destinationCategory) {

    Step(LocalDate on, String documentNumber, LocalDate documentDate, Reason reason, String note,
            Outcome outcome, Long targetUnitId, String externalBody, String directedBody, LocalDate expectedOn,
            String handler, boolean especially, LocalDate decisionReceivedOn) {
        this(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody, directedBody,
                expectedOn, handler, especially, decisionReceivedOn, null);
    }

    Step(LocalDate on, String documentNumber, LocalDate documentDate, Reason reason, String note,
            Outcome outcome, Long targetUnitId, String externalBody, String directedBody, LocalDate expectedOn,
            String handler, boolean especially) {
        this(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody, directedBody,
                expectedOn, handler, especially, null);
    }

    static Step on(LocalDate on) {
        return new Step(on, null, null, null, null, null, null, null, null, null, null, false);
    }

    Step withDecisionReceivedOn(LocalDate received) {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody,
                directedBody, expectedOn, handler, especially, received, destinationCategory);
    }

    Step withDocument(String number, LocalDate date) {
        return new Step(on, number, date, reason, note, outcome, targetUnitId, externalBody, directedBody, expectedOn,
                handler, especially, decisionReceivedOn, destinationCategory);
    }

    Step withReason(Reason r, String text) {
        return new Step(on, documentNumber, documentDate, r, text, outcome, targetUnitId, externalBody, directedBody,
                expectedOn, handler, especially, decisionReceivedOn, destinationCategory);
    }

    Step withOutcome(Outcome o) {
        return new Step(on, documentNumber, documentDate, reason, note, o, targetUnitId, externalBody, directedBody,
                expectedOn, handler, especially, decisionReceivedOn, destinationCategory);
    }

    Step withTarget(Long unitId, String body) {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, unitId, body, directedBody, expectedOn,
                handler, especially, decisionReceivedOn, destinationCategory);
    }

    Step withDirection(String body, LocalDate expected) {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody, body,
                expected, handler, especially, decisionReceivedOn, destinationCategory);
    }

    Step withHandler(String username) {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody,
                directedBody, expectedOn, username, especially, decisionReceivedOn, destinationCategory);
    }

    Step especiallyComplex() {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody,
                directedBody, expectedOn, handler, true, decisionReceivedOn, destinationCategory);
    }

    Step withDestinationCategory(DestinationCategory category) {
        return new Step(on, documentNumber, documentDate, reason, note, outcome, targetUnitId, externalBody,
                directedBody, expectedOn, handler, especially, decisionReceivedOn, category);
    }
}
