package org.tiepdan.plan.internal;

/**
 * The text of a plan around its tasks, in the seed's order: the title line under "KẾ HOẠCH", the
 * basis and opening paragraph, I. purpose and requirements, III. organisation, the recipients
 * (Nơi nhận, one per line) and the signer.
 */
public record PlanSections(String title, String basis, String purpose, String requirements, String organisation,
        String recipients, String signerTitle, String signerName) {
}
