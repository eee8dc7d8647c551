package org.tiepdan.identity.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface AccessRequestRepository extends JpaRepository<AccessRequest, Long> {

    List<AccessRequest> findBySubjectTypeAndSubjectIdAndRequestedByOrderByIdDesc(String subjectType, long subjectId,
            String requestedBy);

    List<AccessRequest> findByStatusOrderByIdAsc(AccessRequest.Status status);

    List<AccessRequest> findByRequestedByOrderByIdDesc(String requestedBy);
}
