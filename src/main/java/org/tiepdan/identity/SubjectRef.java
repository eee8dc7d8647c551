package org.tiepdan.identity;

import org.tiepdan.platform.DomainException;

/**
 * A record whose people are sealed: a petition ({@code PETITION}) or a reception visit
 * ({@code RECEPTION_VISIT}). The module owning the type answers for it through {@link IdentitySubjects}.
 */
public record SubjectRef(String type, long id) {

    public static final String PETITION = "PETITION";
    public static final String RECEPTION_VISIT = "RECEPTION_VISIT";

    public SubjectRef {
        if (type == null || !type.matches("[A-Z_]{1,32}")) {
            // Comes from a request (a path or a body): a 400 naming the field, never a 500.
            throw DomainException.invalid("identity-subject-type-invalid", "subjectType");
        }
    }

    public static SubjectRef petition(long id) {
        return new SubjectRef(PETITION, id);
    }

    public static SubjectRef visit(long id) {
        return new SubjectRef(RECEPTION_VISIT, id);
    }

    @Override
    public String toString() {
        return type + ":" + id;
    }
}
