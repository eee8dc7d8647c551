package org.tiepdan.report.internal;

/**
 * A cell of a report: its stable code, the group (row number or section) it sits in, and the
 * figure of the owning module that answers it ({@code origin} and its code there). The Vietnamese
 * label and one-line definition are messages {@code report.<report>.cell.<code>} and
 * {@code report.<report>.def.<code>}; the group's label {@code report.<report>.group.<group>}.
 */
public record CellDef(String code, String group, Origin origin, String source) {

    static CellDef of(String code, String group, Origin origin) {
        return new CellDef(code, group, origin, code);
    }
}
