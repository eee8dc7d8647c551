package org.tiepdan.dialogue.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface DialogueRepository extends JpaRepository<Dialogue, Long> {
}
