package org.tiepdan.petition.internal;

import org.tiepdan.petition.PetitionKind;

/** The result of a complaint decision or a denunciation conclusion. Labels: {@code petition.outcome.*}. */
public enum Outcome {
    RIGHT(PetitionKind.COMPLAINT), PARTLY_RIGHT(PetitionKind.COMPLAINT), WRONG(PetitionKind.COMPLAINT),
    TRUE(PetitionKind.DENUNCIATION), PARTLY_TRUE(PetitionKind.DENUNCIATION), FALSE(PetitionKind.DENUNCIATION);

    public final PetitionKind kind;

    Outcome(PetitionKind kind) {
        this.kind = kind;
    }
}
