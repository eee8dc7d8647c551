package org.tiepdan.nationaldb.internal;

import java.util.List;
import java.util.Objects;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.tiepdan.account.Access;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.org.OrgUnits;

/**
 * What is not yet sent to the national database, and why: no endpoint configured, waiting for
 * the next run, or refused with the receiver's error and the time of the next attempt.
 */
@Controller
@RequestMapping("/national-db")
class NationalDbController {

    private final NationalDbRecords records;
    private final NationalDbSender sender;
    private final OrgUnits units;
    private final Access access;

    NationalDbController(NationalDbRecords records, NationalDbSender sender, OrgUnits units, Access access) {
        this.records = records;
        this.sender = sender;
        this.units = units;
        this.access = access;
    }

    @GetMapping
    @PreAuthorize("#unit == null ? @reportAccess.canReadAny() : @reportAccess.canRead(#unit)")
    String index(@RequestParam(required = false) Long unit, Model model) {
        Long chosen = unit != null ? unit : access.currentUser().flatMap(u -> u.grants().stream()
                .map(RoleGrantView::unitId).filter(Objects::nonNull).findFirst()).orElse(null);
        if (chosen == null) {
            chosen = units.servedArea().map(u -> u.id()).orElse(null);
        }
        model.addAttribute("configured", sender.endpoint().isPresent());
        if (chosen == null || (unit == null && !canRead(chosen))) {
            model.addAttribute("items", List.of());
            return "nationaldb/index";
        }
        model.addAttribute("unit", units.get(chosen));
        model.addAttribute("counts", records.counts(chosen));
        List<NationalDbRecords.Item> unsent = new java.util.ArrayList<>(records.list(chosen, "FAILED"));
        unsent.addAll(records.list(chosen, "PENDING"));
        model.addAttribute("items", unsent.subList(0, Math.min(unsent.size(), NationalDbRecords.MAX_ITEMS)));
        model.addAttribute("sent", records.list(chosen, "SENT").stream()
                .sorted((a, b) -> b.sentAt().compareTo(a.sentAt())).limit(20).toList());
        return "nationaldb/index";
    }

    private boolean canRead(long unitId) {
        return access.hasRoleAt("REPORTER", unitId) || access.hasRoleAt("HEAD", unitId)
                || access.hasRoleAt("INSPECTOR", unitId);
    }
}
