package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.tiepdan.petition.PetitionTracking.Stage;

/** What a petitioner, and more narrowly a denouncer, learns of each state. */
class TrackingStagesTest {

    @Test
    void aDenouncerLearnsOnlyReceivedAcceptedOrNotAndConcluded() {
        Set<Stage> seen = EnumSet.noneOf(Stage.class);
        for (PetitionState s : PetitionState.values()) {
            seen.add(PetitionTrackingService.stage(s, true));
        }
        // A withdrawal or a termination ends the case by a decision sent to the denouncer too
        // (Luật Tố cáo 2018 Art. 33–34), so those endings are told.
        assertThat(seen).containsExactlyInAnyOrder(Stage.RECEIVED, Stage.ACCEPTED, Stage.NOT_ACCEPTED,
                Stage.CONCLUDED, Stage.WITHDRAWN, Stage.TERMINATED);
        // Verification steps and a suspension are not told apart from "accepted".
        assertThat(PetitionTrackingService.stage(PetitionState.VERIFYING, true)).isEqualTo(Stage.ACCEPTED);
        assertThat(PetitionTrackingService.stage(PetitionState.SUSPENDED, true)).isEqualTo(Stage.ACCEPTED);
        assertThat(PetitionTrackingService.stage(PetitionState.TRANSFERRED, true)).isEqualTo(Stage.NOT_ACCEPTED);
        assertThat(PetitionTrackingService.stage(PetitionState.PUBLISHED, true)).isEqualTo(Stage.CONCLUDED);
    }

    @Test
    void otherPetitionersSeeEachOutcome() {
        assertThat(PetitionTrackingService.stage(PetitionState.CLASSIFIED, false)).isEqualTo(Stage.RECEIVED);
        assertThat(PetitionTrackingService.stage(PetitionState.ASSIGNED, false)).isEqualTo(Stage.ACCEPTED);
        assertThat(PetitionTrackingService.stage(PetitionState.GUIDED, false)).isEqualTo(Stage.GUIDED);
        assertThat(PetitionTrackingService.stage(PetitionState.DECIDED, false)).isEqualTo(Stage.DECIDED);
        for (PetitionState s : PetitionState.values()) {
            assertThat(PetitionTrackingService.stage(s, false)).isNotEqualTo(Stage.NOT_ACCEPTED);
        }
    }

    @Test
    void codesAreReadForgivingly() {
        assertThat(PetitionTrackingService.normalise(" abcd-efgh 2345 ")).isEqualTo("ABCDEFGH2345");
        assertThat(PetitionTrackingService.normalise("O0IL")).isEqualTo("0011");
        assertThat(PetitionTrackingService.normalise(null)).isEmpty();
    }
}
