package org.tiepdan.audit.internal;

import java.time.LocalDate;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The audit log screen: read only, for administrators, each limited to the rows of the units in
 * their reach ({@link org.tiepdan.audit.AuditScope}); rows without a unit (sign-ins, installation
 * setup) only for an installation-wide administrator. Nothing here can change a row.
 */
@Controller
@RequestMapping("/admin/audit")
class AuditController {

    private final AuditQuery query;
    private final org.tiepdan.audit.AuditScope scope;

    AuditController(AuditQuery query, org.tiepdan.audit.AuditScope scope) {
        this.query = query;
        this.scope = scope;
    }

    @GetMapping
    @PreAuthorize("hasRole('ADMIN')")
    String list(@RequestParam(required = false) String username,
            @RequestParam(required = false) String entityType,
            @RequestParam(required = false) String entityId,
            @RequestParam(required = false) LocalDate from,
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "0") int page, Model model) {
        AuditQuery.Filter filter = new AuditQuery.Filter(username, entityType, entityId, from, to, page);
        model.addAttribute("filter", filter);
        java.util.List<Long> units = scope.readsEverything() ? null : scope.readableUnits();
        AuditQuery.Page result = query.find(filter, units);
        model.addAttribute("result", result);
        model.addAttribute("pager", org.tiepdan.platform.Pager.of(result.page(), result.pages(), result.total(), 0));
        model.addAttribute("entityTypes", query.entityTypes(units));
        return "audit/list";
    }
}
