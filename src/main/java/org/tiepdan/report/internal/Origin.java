package org.tiepdan.report.internal;

/** The module whose figures answer a cell. */
enum Origin {
    /** reception.ReceptionFigures */
    RECEPTION,
    /** petition.PetitionFigures */
    PETITION,
    /** oversight.OversightCounts#appendix1 */
    APPENDIX1,
    /** oversight.OversightCounts#appendix3 */
    APPENDIX3,
    /** {@link DialogueSource}, when a dialogue module answers it */
    DIALOGUE
}
