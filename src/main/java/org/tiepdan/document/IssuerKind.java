package org.tiepdan.document;

/** Who issued a document, the groups of the Biểu tổng hợp (I, II, III). Labels: {@code document.issuer.<NAME>}. */
public enum IssuerKind {
    PARTY_COMMITTEE, GOVERNMENT, FRONT_AND_ORGANISATIONS;

    /** The natural issuer kind of an org_unit kind. */
    public static IssuerKind ofUnitKind(String unitKind) {
        if (unitKind == null) {
            return GOVERNMENT;
        }
        return switch (unitKind) {
            case "PARTY_COMMITTEE" -> PARTY_COMMITTEE;
            case "FATHERLAND_FRONT", "ORGANISATION" -> FRONT_AND_ORGANISATIONS;
            default -> GOVERNMENT;
        };
    }
}
