package org.tiepdan.petition.internal;

import org.tiepdan.petition.Competence;
import org.tiepdan.platform.DomainException;

/**
 * The rules of the handling decision on a petition the body does not resolve itself (TT
 * 05/2021/TT-TTCP; NĐ 55/2022): transfer to the competent body, guidance of the petitioner to it,
 * direction of a subordinate body, return of the originals, archiving. Its own class because these
 * rules are about where a petition goes and what the national database must be told, apart from
 * the complaint and denunciation procedures that follow acceptance; the {@link Petition}
 * aggregate's steps call them after the common checks and then move. Nothing here changes a petition.
 */
final class HandlingDecision {

    private HandlingDecision() {
    }

    /**
     * A transfer goes to a body of the installation or one named outside it, never to the petition's
     * own body. {@code categoryRequired}: see {@link #requireDestinationCategory}.
     */
    static void checkTransfer(Petition p, Step step, boolean categoryRequired) {
        requireNoCompetence(p);
        if (step.targetUnitId() == null && Texts.clean(step.externalBody()) == null) {
            throw DomainException.invalid("petition-transfer-target-required", "targetUnitId");
        }
        if (step.targetUnitId() != null && step.targetUnitId() == p.unitId()) {
            throw DomainException.invalid("petition-transfer-same-unit", "targetUnitId");
        }
        requireDestinationCategory(step, categoryRequired);
    }

    /** Guidance names the body the petitioner is sent to. */
    static void checkGuide(Petition p, Step step, boolean categoryRequired) {
        requireNoCompetence(p);
        if (Texts.clean(step.externalBody()) == null) {
            throw DomainException.invalid("petition-guide-body-required", "externalBody");
        }
        requireDestinationCategory(step, categoryRequired);
    }

    /** Direction is for a petition the body directs (not resolves): to a named body, with the day an answer is expected. */
    static void checkDirect(Petition p, Step step) {
        if (p.competence() != Competence.DIRECT) {
            throw DomainException.conflict("petition-direct-needs-direct");
        }
        if (Texts.clean(step.directedBody()) == null) {
            throw DomainException.invalid("petition-directed-body-required", "directedBody");
        }
        if (step.expectedOn() == null || step.expectedOn().isBefore(step.on())) {
            throw DomainException.invalid("petition-direction-expected-required", "expectedOn");
        }
    }

    /** An anonymous petition has nobody to return it to. */
    static void checkReturn(Petition p) {
        if (p.anonymous()) {
            throw DomainException.conflict("petition-return-anonymous");
        }
    }

    /** Archiving needs one of the archiving grounds ({@link Reason#archives}). */
    static void checkArchive(Step step) {
        if (step.reason() == null || !step.reason().archives()) {
            throw DomainException.invalid("petition-archive-reason", "reason");
        }
    }

    /**
     * The national database asks the category of the body a petition outside competence goes to
     * (NĐ 55/2022 Art. 6): no default, since a wrong entry there is a prohibited act. Not required
     * only for the history import ({@code required} false): the old books do not say it, and an
     * imported petition may leave it unrecorded (null), never guessed.
     */
    private static void requireDestinationCategory(Step step, boolean required) {
        if (required && step.destinationCategory() == null) {
            throw DomainException.invalid("petition-destination-category-required", "destinationCategory");
        }
    }

    private static void requireNoCompetence(Petition p) {
        if (p.competence() != Competence.NONE) {
            throw DomainException.conflict("petition-needs-no-competence");
        }
    }
}
