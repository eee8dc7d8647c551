package org.tiepdan.oversight.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.account.Access;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.oversight.OversightCounts;
import org.tiepdan.platform.Dates;

/** Screens: inspections with the Phụ lục 3 figures, an inspection's detail, outreach events with Phụ lục 1. */
@Controller
class OversightController {

    static final LocalDate DEFAULT_FROM = LocalDate.of(2019, 2, 18);

    private final OversightCounts counts;
    private final OversightQueries queries;
    private final OversightViews views;
    private final OrgUnitHierarchy hierarchy;
    private final Access access;

    OversightController(OversightCounts counts, OversightQueries queries, OversightViews views,
            OrgUnitHierarchy hierarchy, Access access) {
        this.counts = counts;
        this.queries = queries;
        this.views = views;
        this.hierarchy = hierarchy;
        this.access = access;
    }

    @GetMapping("/inspections")
    @PreAuthorize("#unit == null ? isAuthenticated() : @oversightAccess.canRead(#unit)")
    String inspections(@RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) String topic, Model model) {
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/inspections?unit=" + access.homeUnitId().get();
        }
        window(unit, from, to, topic, model);
        if (unit != null) {
            model.addAttribute("rows", queries.inspections(hierarchy.subtreeWithPredecessors(unit)));
            model.addAttribute("cells", counts.appendix3(unit, from(from), to(to), blank(topic)));
        }
        return "oversight/inspections";
    }

    @GetMapping("/inspections/{id}")
    @PreAuthorize("@oversightAccess.canReadInspection(#id)")
    String inspection(@PathVariable Long id, Model model) {
        model.addAttribute("detail", views.inspection(id));
        return "oversight/inspection";
    }

    @GetMapping("/outreach")
    @PreAuthorize("#unit == null ? isAuthenticated() : @oversightAccess.canRead(#unit)")
    String outreach(@RequestParam(required = false) Long unit,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(pattern = "dd/MM/yyyy") LocalDate to,
            @RequestParam(required = false) String topic, Model model) {
        if (unit == null && access.homeUnitId().isPresent()) {
            return "redirect:/outreach?unit=" + access.homeUnitId().get();
        }
        window(unit, from, to, topic, model);
        if (unit != null) {
            model.addAttribute("rows", queries.events(hierarchy.subtreeWithPredecessors(unit)));
            model.addAttribute("cells", counts.appendix1(unit, from(from), to(to), blank(topic)));
        }
        return "oversight/outreach";
    }

    private static void window(Long unit, LocalDate from, LocalDate to, String topic, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("from", Dates.format(from(from)));
        model.addAttribute("to", Dates.format(to(to)));
        model.addAttribute("topic", topic == null ? "" : topic);
    }

    private static LocalDate from(LocalDate from) {
        return from == null ? DEFAULT_FROM : from;
    }

    private static LocalDate to(LocalDate to) {
        return to == null ? LocalDate.of(2023, 12, 31) : to;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
