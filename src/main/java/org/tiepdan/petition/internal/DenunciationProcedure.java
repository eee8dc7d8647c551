package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineVariant;
import org.tiepdan.petition.Competence;
import org.tiepdan.platform.DomainException;

/**
 * The denunciation procedure's own rules (Luật Tố cáo 2011 and 2018), beside the {@link Petition}
 * aggregate whose steps call them: the intake clock (check or transfer), the resolution limit's
 * variant, how often and by which rule a case may be extended, and the notice after a decision to
 * suspend, resume or end it. Its own class because a denunciation runs on the law in force on the
 * day its clock started (a case accepted in 2018 on the 2011 law), and that choice among rules is
 * the procedure's knowledge, not the state machine's. Nothing here changes a petition.
 */
final class DenunciationProcedure {

    /**
     * The extension rules, tried in this order, the first in force on the day of acceptance applying:
     * especially complex and complex (Luật Tố cáo 2018 Art. 30; 2011 Art. 21 for a complex case), then
     * the 2011 law's extension of any case "where necessary" (Art. 21).
     */
    static final List<String> EXTENSION_RULES_SPECIAL = List.of("DENUNCIATION_EXTEND_SPECIAL",
            "DENUNCIATION_EXTEND_COMPLEX", "DENUNCIATION_EXTEND");
    static final List<String> EXTENSION_RULES_COMPLEX = List.of("DENUNCIATION_EXTEND_COMPLEX", "DENUNCIATION_EXTEND");
    static final List<String> EXTENSION_RULES_OTHER = List.of("DENUNCIATION_EXTEND");
    static final String RESOLVE = "DENUNCIATION_RESOLVE";
    static final String NOTIFY = "DENUNCIATION_NOTIFY";
    static final String PUBLISH = "DENUNCIATION_PUBLISH";

    private DenunciationProcedure() {
    }

    /**
     * The intake clock: a denunciation outside the body's competence is transferred within its own
     * limit (Luật Tố cáo 2018 Art. 24; 2011 Art. 20) instead of being checked for acceptance.
     */
    static String intakeRule(Competence competence) {
        return competence == Competence.NONE ? "DENUNCIATION_TRANSFER" : "DENUNCIATION_CHECK";
    }

    /** The 2011 law had a longer limit for complex cases (Art. 21); the 2018 law one limit, lengthened by extensions. */
    static DeadlineVariant resolveVariant(boolean complex, LocalDate accepted, DeadlineSource clocks) {
        return complex && clocks.rule(RESOLVE, DeadlineVariant.COMPLEX, accepted).isPresent()
                ? DeadlineVariant.COMPLEX : DeadlineVariant.NORMAL;
    }

    /**
     * The rule an extension follows, by the rules in force on the day of acceptance ({@code accepted}):
     * under Luật Tố cáo 2018 once for a complex case and twice for an especially complex one (Art.
     * 30); under the 2011 law once for any case (Art. 21). How many times is the rule's
     * {@code maxUses}; CONFLICT when no rule allows it or its uses are spent.
     */
    static DeadlineRule extensionRule(boolean especiallyComplex, boolean complex, int extensionsSoFar,
            LocalDate accepted, DeadlineSource clocks) {
        List<String> candidates = especiallyComplex ? EXTENSION_RULES_SPECIAL
                : complex ? EXTENSION_RULES_COMPLEX : EXTENSION_RULES_OTHER;
        DeadlineRule rule = candidates.stream().map(c -> clocks.rule(c, DeadlineVariant.NORMAL, accepted))
                .flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> DomainException.conflict("denunciation-extension-not-complex"));
        if (extensionsSoFar >= rule.uses()) {
            throw DomainException.conflict("denunciation-extension-limit", rule.uses());
        }
        return rule;
    }

    /** An extension is a written decision with its reason: the note, else the reason's code. */
    static String extensionReason(Step step) {
        return Texts.clean(step.note()) != null ? Texts.clean(step.note()) : String.valueOf(step.reason());
    }

    /**
     * A decision to suspend, resume or terminate, or the withdrawal, is sent to the parties within
     * DENUNCIATION_ENDING_NOTICE (5 working days) from the decision (Luật Tố cáo 2018 Art. 33-34):
     * empty where that rule was not in force.
     */
    static Optional<Deadline> endingNotice(Step step, DeadlineSource clocks) {
        LocalDate decided = step.documentDate() != null ? step.documentDate() : step.on();
        return clocks.computeIfInForce("DENUNCIATION_ENDING_NOTICE", DeadlineVariant.NORMAL, decided);
    }
}
