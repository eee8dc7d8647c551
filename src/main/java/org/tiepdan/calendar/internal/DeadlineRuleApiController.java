package org.tiepdan.calendar.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.calendar.DeadlineRule;
import org.tiepdan.calendar.DeadlineRules;
import org.tiepdan.platform.Dates;

/**
 * Public JSON list of the legal time limits in force on a date (no login), nationwide and provincial
 * ({@code provinceCode}, null = nationwide).
 */
@RestController
@RequestMapping("/api/v1/deadline-rules")
class DeadlineRuleApiController {

    private final DeadlineRules rules;
    private final Clock clock;

    DeadlineRuleApiController(DeadlineRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    record RuleJson(String code, String variant, String name, String legalBasis, String article, int duration,
            String unit, String startEvent, String effectiveFrom, String effectiveTo, String status, String note,
            String provinceCode, Integer maxUses) {
        static RuleJson of(DeadlineRule r) {
            return new RuleJson(r.code(), r.variant().name(), r.name(), r.legalBasis(), r.article(), r.duration(),
                    r.unit().name(), r.startEvent().name(), r.effectiveFrom().toString(),
                    r.effectiveTo() == null ? null : r.effectiveTo().toString(), r.status().name(), r.note(),
                    r.provinceCode(), r.maxUses());
        }
    }

    @GetMapping
    @PreAuthorize("permitAll()")
    List<RuleJson> inForce(@RequestParam(required = false) LocalDate on) {
        LocalDate date = on == null ? Dates.today(clock) : on;
        return rules.inForce(date).stream().map(RuleJson::of).toList();
    }
}
