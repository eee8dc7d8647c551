package org.tiepdan.org.internal;

import java.util.List;

/** What an import changed. Importing the same file twice gives an empty report the second time. */
public record CatalogueReport(String sha256, int provinces, int communes, List<Change> added, List<Change> renamed,
        List<Change> moved, List<Change> closed) {

    /** One territory: its GSO code, its name now and, for a rename, its name before. */
    public record Change(String code, String name, String previousName) {
    }

    public boolean isEmpty() {
        return added.isEmpty() && renamed.isEmpty() && moved.isEmpty() && closed.isEmpty();
    }
}
