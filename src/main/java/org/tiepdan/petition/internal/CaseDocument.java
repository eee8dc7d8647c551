package org.tiepdan.petition.internal;

import java.util.List;
import java.util.Set;

import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.DomainException;

/**
 * The working documents of a case besides the decision, each with its required sections in order
 * (headings {@code casedoc.section.*}); which official form each follows is in docs/decisions.md
 * ("form not verified" where no published copy could be read). URL names: {@link #urlName()}.
 */
enum CaseDocument {

    /** Quyết định thụ lý tố cáo (Luật Tố cáo 2018 Art. 29). */
    DENUNCIATION_ACCEPTANCE(Set.of(PetitionKind.DENUNCIATION), Action.ACCEPT,
            List.of("GROUNDS", "ACCEPTED_MATTER", "TIME_LIMIT", "EXECUTION")),
    /** Quyết định xác minh nội dung khiếu nại / tố cáo and the verification team it sets up. */
    VERIFICATION_DECISION(Set.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION), null,
            List.of("GROUNDS", "VERIFIED_MATTER", "TEAM", "TASKS", "EXECUTION")),
    /** Biên bản đối thoại (Luật Khiếu nại 2011 Art. 30, 39). */
    DIALOGUE_RECORD(Set.of(PetitionKind.COMPLAINT), Action.HOLD_DIALOGUE,
            List.of("TIME_PLACE", "PARTICIPANTS", "DIALOGUE_CONTENT", "OPINIONS", "DIALOGUE_RESULT", "CLOSING")),
    /** Biên bản ghi nội dung khiếu nại, tố cáo trực tiếp, signed by the citizen. */
    ORAL_RECORD(Set.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION), null,
            List.of("TIME_PLACE", "RECEIVER", "PERSON", "ORAL_CONTENT", "EVIDENCE", "CONFIRMATION")),
    /** Thông báo từ chối tiếp công dân (Luật Tiếp công dân 2013 Art. 9 cl. 3). */
    REFUSAL_NOTICE(Set.of(PetitionKind.COMPLAINT, PetitionKind.DENUNCIATION), null,
            List.of("PERSON", "SETTLED_MATTER", "SETTLED_BY", "REFUSAL_GROUND")),
    /** Phiếu đề xuất xử lý đơn: for any petition, classified or not. */
    HANDLING_PROPOSAL(null, null, List.of("RECEIVED", "SENDER", "PETITION_CONTENT", "CLASSIFICATION", "PROPOSAL"));

    /** Kinds it applies to; null: every petition. */
    final Set<PetitionKind> kinds;
    /** The step whose number and date the document carries, if any. */
    final Action step;
    final List<String> sections;

    CaseDocument(Set<PetitionKind> kinds, Action step, List<String> sections) {
        this.kinds = kinds;
        this.step = step;
        this.sections = sections;
    }

    String urlName() {
        return name().toLowerCase().replace('_', '-');
    }

    static CaseDocument fromUrl(String name) {
        for (CaseDocument d : values()) {
            if (d.urlName().equals(name)) {
                return d;
            }
        }
        throw DomainException.notFound("case-document-unknown");
    }

    boolean appliesTo(Petition p) {
        return kinds == null || kinds.contains(p.kind());
    }

    static List<CaseDocument> forPetition(Petition p) {
        return java.util.Arrays.stream(values()).filter(d -> d.appliesTo(p)).toList();
    }
}
