package org.tiepdan.reception.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface ReceptionSessionRepository extends JpaRepository<ReceptionSession, Long> {
}
