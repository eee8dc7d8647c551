package org.tiepdan.history.internal;

import java.util.Comparator;
import java.util.List;

/** A body's history as read from a file: records of every type, in type order, then row order. */
record Bundle(List<Rec> records) {

    Bundle {
        records = records.stream().sorted(Comparator.comparing(Rec::type).thenComparingInt(Rec::row)).toList();
    }

    List<Rec> of(RecordType type) {
        return records.stream().filter(r -> r.type() == type).toList();
    }
}
