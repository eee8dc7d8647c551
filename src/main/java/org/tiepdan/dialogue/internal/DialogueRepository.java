package org.tiepdan.dialogue.internal;

import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {

    /**
     * The dialogue with its row locked until the transaction ends ({@code select ... for update}):
     * for changes that number something inside it (opinions), so that simultaneous requests take
     * turns instead of computing the same number and colliding on {@code dialogue_opinion_seq_ux}.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select d from Dialogue d where d.id = :id")
    Optional<Dialogue> findByIdForUpdate(@Param("id") long id);
}
