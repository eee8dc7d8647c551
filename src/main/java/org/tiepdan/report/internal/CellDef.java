package org.tiepdan.report.internal;

/**
 * A cell of a report: its stable code, the group (row number or section) it sits in, and the
 * figure that answers it: the {@link org.tiepdan.platform.FigureSource} named {@code source} (the
 * module owning the records) and the cell's code there. The Vietnamese label and one-line
 * definition are messages {@code report.<report>.cell.<code>} and {@code report.<report>.def.<code>};
 * the group's label {@code report.<report>.group.<group>}.
 */
public record CellDef(String code, String group, String source, String figure) {

    static CellDef of(String code, String group, String source) {
        return new CellDef(code, group, source, code);
    }
}
