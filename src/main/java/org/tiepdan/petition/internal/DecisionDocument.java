package org.tiepdan.petition.internal;

import static org.tiepdan.petition.internal.DecisionDocument.Part.*;

import java.util.List;

import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * A decision whose content the law prescribes, with its parts in the order the law lists them:
 * the first-round complaint decision (Luật Khiếu nại 2011 Art. 31 cl. 2), the second-round one
 * (Art. 40 cl. 2, which adds the first round's result and has no further complaint, only the
 * lawsuit), and the denunciation conclusion (Luật Tố cáo 2018 Art. 35 cl. 2). The date of the
 * decision (Art. 31 a, 40 a) is the place-date line of the letterhead, not a part. Every part is
 * required: "if any" parts (the dialogue in round 1, compensation) say "none" in words, so that a
 * reader sees the question was answered.
 */
enum DecisionDocument {

    COMPLAINT_FIRST_ROUND(PetitionKind.COMPLAINT, List.of(PARTIES, CONTENT, VERIFICATION, DIALOGUE, LEGAL_GROUNDS,
            CONCLUSION, DISPOSITION, COMPENSATION, RIGHTS)),
    COMPLAINT_SECOND_ROUND(PetitionKind.COMPLAINT, List.of(PARTIES, CONTENT, FIRST_ROUND_RESULT, VERIFICATION,
            DIALOGUE, LEGAL_GROUNDS, CONCLUSION, DISPOSITION, COMPENSATION, RIGHTS)),
    DENUNCIATION_CONCLUSION(PetitionKind.DENUNCIATION, List.of(DENOUNCED, CONTENT, VERIFICATION, LEGAL_GROUNDS,
            CONCLUSION, RESPONSIBILITY, MEASURES));

    /** One part of a decision; its heading and hint are {@code decision.part.*} messages. */
    enum Part {
        /** Name and address of the complainant and of the person complained against (Art. 31 b, 40 b). */
        PARTIES,
        /** The person or body denounced: never the denouncer (Luật Tố cáo 2018 Art. 35 cl. 3, Art. 47). */
        DENOUNCED,
        CONTENT,
        FIRST_ROUND_RESULT,
        VERIFICATION,
        DIALOGUE,
        LEGAL_GROUNDS,
        CONCLUSION,
        /** Keep, amend or annul the decision or act complained of (Art. 31 h, 40 i): with a {@link Disposition}. */
        DISPOSITION,
        COMPENSATION,
        /** The right to complain again or to sue (Art. 31 k), to sue only (Art. 40 l). */
        RIGHTS,
        RESPONSIBILITY,
        MEASURES;

        static final int MAX_LENGTH = 20_000;
    }

    /** Giữ nguyên, sửa đổi (bổ sung), hủy bỏ một phần, hủy bỏ toàn bộ: labels {@code decision.disposition.*}. */
    enum Disposition {
        KEEP, AMEND, ANNUL_IN_PART, ANNUL
    }

    final PetitionKind kind;
    final List<Part> parts;

    DecisionDocument(PetitionKind kind, List<Part> parts) {
        this.kind = kind;
        this.parts = parts;
    }

    boolean complaint() {
        return kind == PetitionKind.COMPLAINT;
    }

    /** The decision a petition ends with, by its kind and round; other kinds have none (409). */
    static DecisionDocument of(Petition p) {
        if (p.kind() == PetitionKind.COMPLAINT) {
            return p.round() >= 2 ? COMPLAINT_SECOND_ROUND : COMPLAINT_FIRST_ROUND;
        }
        if (p.kind() == PetitionKind.DENUNCIATION) {
            return DENUNCIATION_CONCLUSION;
        }
        throw DomainException.conflict("decision-content-not-applicable");
    }

    /** The step that issues this decision; once taken, the content is frozen (the issued text re-prints the same). */
    Action issuingAction() {
        return complaint() ? Action.DECIDE : Action.CONCLUDE;
    }
}
