package org.tiepdan.petition.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The search's scope rewritten as joins to the arrays' elements ({@link PetitionQueries#asSet}): every
 * {@code = any(:array)} of the scope, and nothing else. The rows found are compared both ways by
 * {@code PetitionSearchEquivalenceTest}.
 */
class ScopeAsSetTest {

    @Test
    void everyArrayOfTheScopeBecomesAJoinToItsElements() {
        assertThat(PetitionQueries.asSet(" and m.unit_id = any(:units) and m.unit_id = any(:subtree)")).isEqualTo(
                " and m.unit_id in (select unnest(cast(:units as bigint[])))"
                        + " and m.unit_id in (select unnest(cast(:subtree as bigint[])))");
    }

    @Test
    void noScopeStaysNone() {
        assertThat(PetitionQueries.asSet("")).isEmpty();
    }
}
