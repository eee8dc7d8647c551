package org.tiepdan.petition.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface PetitionCaseRepository extends JpaRepository<PetitionCase, Long> {
}
