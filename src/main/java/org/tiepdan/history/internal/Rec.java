package org.tiepdan.history.internal;

import java.util.Map;
import java.util.TreeMap;

/**
 * One record of a bundle as read, before any check: its type, where it was read (spreadsheet row,
 * or position in the JSON array, from 1) and its fields as canonical texts (dates dd/MM/yyyy,
 * codes for lists, "true"/"false", lists one item per line). Both readers produce this.
 */
record Rec(RecordType type, int row, Map<String, String> fields) {

    Rec {
        fields = new TreeMap<>(fields);
    }

    String get(String name) {
        return fields.get(name);
    }
}
