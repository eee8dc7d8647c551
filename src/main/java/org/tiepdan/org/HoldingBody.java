package org.tiepdan.org;

import org.tiepdan.platform.DomainException;

/**
 * Who may hold a record. A petition, a reception session and its visits, a dialogue and a document
 * are held by a body (a Party committee, a People's Committee, a department, the Front...), never by
 * a territory: a territory has no head to see the record, no register to number it and no
 * letterhead to head its notices. A petition once filed at "Xã Kỳ Thượng" was invisible to the
 * head, started its own number series and was headed "THỦ TRƯỞNG XÃ KỲ THƯỢNG" (issue 19).
 *
 * <p>One rule for every module that holds records, so that the screens, the API and the history
 * import refuse such a unit with the same code ({@value #CODE}) and message.
 */
public final class HoldingBody {

    /** The stable code of the refusal; its message is {@code error.unit-not-a-body}. */
    public static final String CODE = "unit-not-a-body";

    private HoldingBody() {
    }

    /** True when a unit of this kind may hold records. */
    public static boolean isBody(OrgUnitKind kind) {
        return kind != null && !kind.isArea();
    }

    /**
     * The unit when it may hold records; otherwise an INVALID {@link DomainException} with
     * {@value #CODE} on {@code field}, naming the unit.
     */
    public static OrgUnitView require(OrgUnitView unit, String field) {
        if (!isBody(unit.kind())) {
            throw DomainException.invalid(CODE, field, unit.name());
        }
        return unit;
    }

    /** The same rule for a module that reads the unit's kind by its name (a small query of its own). */
    public static void require(String kindName, String unitName, String field) {
        OrgUnitKind kind = null;
        if (kindName != null) {
            try {
                kind = OrgUnitKind.valueOf(kindName);
            } catch (IllegalArgumentException e) {
                kind = OrgUnitKind.OTHER;
            }
        }
        if (!isBody(kind)) {
            throw DomainException.invalid(CODE, field, unitName);
        }
    }
}
