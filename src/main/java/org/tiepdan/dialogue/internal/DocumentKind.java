package org.tiepdan.dialogue.internal;

/**
 * The documents around a dialogue (seed 004: plan KH, notice TB to the hamlets, opinion summary BC,
 * invitation GM, record BB, conclusion notice TB, report BC to the Party committee, and the letter
 * CV escalating a point to a higher body), with the type
 * they take in the issued-documents register. Labels: {@code dialogue.document.*}.
 */
public enum DocumentKind {
    PLAN("KH"),
    NOTICE("TB"),
    OPINION_SUMMARY("BC"),
    INVITATION("GM"),
    RECORD("BB"),
    CONCLUSION_NOTICE("TB"),
    REPORT("BC"),
    /** A letter to a higher body about a point outside the body's competence; one per assignment. */
    ESCALATION("CV");

    private final String typeCode;

    DocumentKind(String typeCode) {
        this.typeCode = typeCode;
    }

    String typeCode() {
        return typeCode;
    }

    /** The ones an officer issues by themselves; the conclusion notice and report come with their step. */
    boolean standalone() {
        return this != CONCLUSION_NOTICE && this != REPORT && this != ESCALATION;
    }

    /** Kept in the dialogue's list of documents (an escalation letter is kept on its assignment). */
    boolean perDialogue() {
        return this != ESCALATION;
    }

    public String urlName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static DocumentKind fromUrl(String value) {
        for (DocumentKind k : values()) {
            if (k.urlName().equals(value) || k.name().equals(value)) {
                return k;
            }
        }
        throw org.tiepdan.platform.DomainException.notFound("dialogue-document-kind-unknown", value);
    }
}
