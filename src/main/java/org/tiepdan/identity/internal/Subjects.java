package org.tiepdan.identity.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.tiepdan.identity.IdentitySubjects;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/** The modules answering for subject types (petitions, reception visits). */
@Component
class Subjects {

    private final Map<String, IdentitySubjects> byType = new HashMap<>();

    Subjects(List<IdentitySubjects> all) {
        all.forEach(s -> byType.put(s.type(), s));
    }

    IdentitySubjects of(String type) {
        IdentitySubjects s = byType.get(type);
        if (s == null) {
            throw DomainException.notFound("identity-subject-not-found");
        }
        return s;
    }

    IdentitySubjects.SubjectInfo describe(SubjectRef ref) {
        return of(ref.type()).describe(ref.id()).orElseThrow(() -> DomainException.notFound("identity-subject-not-found"));
    }

    boolean canRead(SubjectRef ref) {
        IdentitySubjects s = byType.get(ref.type());
        return s != null && s.canRead(ref.id());
    }

    List<IdentitySubjects> all() {
        return List.copyOf(byType.values());
    }
}
