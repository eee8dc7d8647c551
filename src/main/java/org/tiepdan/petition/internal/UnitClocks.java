package org.tiepdan.petition.internal;

import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tiepdan.calendar.Deadline;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.calendar.DeadlineVariant;

/**
 * The calendar module's deadline rules as one body sees them ({@link DeadlineSource}): the rules in
 * force at that body's province and its working days. The aggregate never reaches the calendar
 * itself; every caller that lets it start, extend, suspend or restore a clock (steps, registration,
 * the history import, the demo data) takes the source for the petition's unit from here, so a
 * stored clock is always rebuilt the way it was computed.
 */
@Component
class UnitClocks {

    private final DeadlineRules rules;

    UnitClocks(DeadlineRules rules) {
        this.rules = rules;
    }

    /** The deadline source of the body {@code unitId}. */
    DeadlineSource at(long unitId) {
        return new DeadlineSource() {
            @Override
            public Deadline compute(String code, DeadlineVariant variant, LocalDate start) {
                return rules.compute(code, variant, start, unitId);
            }

            @Override
            public Optional<Deadline> computeIfInForce(String code, DeadlineVariant variant, LocalDate start) {
                return rules.computeIfInForce(code, variant, start, unitId);
            }

            @Override
            public Optional<DeadlineRule> rule(String code, DeadlineVariant variant, LocalDate on) {
                return rules.find(code, variant, on, unitId);
            }

            @Override
            public Deadline extend(Deadline deadline, String extensionCode, LocalDate on, String reason) {
                return rules.extend(deadline, extensionCode, on, reason);
            }

            @Override
            public Deadline restore(PetitionDeadline stored) {
                Deadline d = rules.compute(stored.ruleCode(), stored.variant(), stored.startOn(), unitId);
                for (PetitionDeadline.Version v : stored.versions()) {
                    d = switch (v.change()) {
                        case COMPUTED -> d;
                        case EXTENDED -> rules.extend(d, v.extensionCode(), v.onDate(), v.reason());
                        case SUSPENDED -> d.suspend(v.onDate());
                        case RESUMED -> d.resume(v.onDate());
                    };
                }
                return d;
            }
        };
    }
}
