package org.tiepdan.identity;

import java.time.Instant;
import java.util.List;

/**
 * What a record's page shows about its sealed people for the current user: pseudonyms, and the state
 * of the user's access request (none, pending, granted until). Rendered by the fragment
 * {@code identity/panel :: panel(${identity})}.
 */
public interface IdentityPanels {

    Panel panel(SubjectRef subject);

    enum RequestState { NONE, PENDING, GRANTED }

    /** {@code link}: the record's page (forms return there); {@code validUntilText} dd/MM/yyyy HH:mm. */
    record Panel(SubjectRef subject, boolean sealed, List<SealedPerson> people, int protections, RequestState access,
            Long requestId, Instant validUntil, String validUntilText, boolean canRequest, boolean canRecord,
            String link) {
    }
}
