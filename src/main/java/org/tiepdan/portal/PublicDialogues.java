package org.tiepdan.portal;

import java.time.LocalDate;
import java.util.List;

/**
 * The slot for dialogue follow-up pages on the public site. The dialogue module (built in
 * parallel, its public page at {@code /public/dialogues/{id}}) provides a bean after the merge;
 * until then the page says none is published. The portal never makes such content up.
 */
public interface PublicDialogues {

    /** One published follow-up page. */
    record FollowUp(String title, String unitName, LocalDate heldOn, String path) {
    }

    /** Published follow-up pages, newest first. */
    List<FollowUp> published();
}
