package org.tiepdan.oversight.internal;

import org.springframework.data.jpa.repository.JpaRepository;

interface OutreachEventRepository extends JpaRepository<OutreachEvent, Long> {
}
