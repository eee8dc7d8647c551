package org.tiepdan.history.internal;

/**
 * A field of a record type: its JSON name (also the staged name), kind, whether it is required,
 * and its list: for ENUM the list of codes (see {@link Vocabulary}), for REF the name of the
 * record type it points to.
 */
record FieldDef(String name, FieldKind kind, boolean required, String list) {

    static FieldDef text(String name, boolean required) {
        return new FieldDef(name, FieldKind.TEXT, required, null);
    }

    static FieldDef of(String name, FieldKind kind, boolean required) {
        return new FieldDef(name, kind, required, null);
    }

    static FieldDef choice(String name, String list, boolean required) {
        return new FieldDef(name, FieldKind.ENUM, required, list);
    }

    static FieldDef ref(String name, String type, boolean required) {
        return new FieldDef(name, FieldKind.REF, required, type);
    }

    RecordType refType() {
        return RecordType.valueOf(list);
    }
}
