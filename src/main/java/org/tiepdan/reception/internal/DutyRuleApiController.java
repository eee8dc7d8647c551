package org.tiepdan.reception.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.platform.Dates;

/**
 * Public JSON list of the legal minimum frequencies of heads' receptions in force on a date (LAW.md
 * "Reception duties"). A rule still to be verified has no figure ({@code times}, {@code per} and
 * {@code deputyCounts} null) rather than an invented one.
 */
@RestController
class DutyRuleApiController {

    private final ReferenceData reference;
    private final Clock clock;

    DutyRuleApiController(ReferenceData reference, Clock clock) {
        this.reference = reference;
        this.clock = clock;
    }

    record DutyRuleJson(String hostRole, String tier, Integer times, String per, Boolean deputyCounts,
            String legalBasis, String effectiveFrom, String effectiveTo) {
    }

    @GetMapping("/api/v1/reception/duty-rules")
    @PreAuthorize("permitAll()")
    List<DutyRuleJson> dutyRules(@RequestParam(required = false) LocalDate on) {
        LocalDate day = on == null ? Dates.today(clock) : on;
        return reference.dutyRulesOn(day).stream().map(r -> new DutyRuleJson(r.role().name(),
                r.tier() == null ? null : r.tier().name(), r.times(), r.per(), r.deputyCounts(), r.legalBasis(),
                r.effectiveFrom().toString(), r.effectiveTo() == null ? null : r.effectiveTo().toString())).toList();
    }
}
