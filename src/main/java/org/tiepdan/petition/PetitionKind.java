package org.tiepdan.petition;

/** What a petition asks for. Labels: {@code petition.kind.*}. */
public enum PetitionKind {
    /** khiếu nại */
    COMPLAINT,
    /** tố cáo */
    DENUNCIATION,
    /** kiến nghị */
    RECOMMENDATION,
    /** phản ánh */
    FEEDBACK
}
