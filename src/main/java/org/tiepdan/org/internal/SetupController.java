package org.tiepdan.org.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * Setting up an installation in a few minutes: choose the province or commune it serves (typed
 * without diacritics if you like), and its Party committee, People's Committee and Fatherland
 * Front are created; then the accounts.
 */
@Controller
@RequestMapping("/admin/setup")
class SetupController {

    private final OrgUnits units;

    SetupController(OrgUnits units) {
        this.units = units;
    }

    @GetMapping
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String page(Model model) {
        units.servedArea().ifPresent(area -> {
            model.addAttribute("area", area);
            model.addAttribute("path", units.path(area.id()));
            model.addAttribute("bodies", units.children(area.id()).stream().filter(u -> !u.kind().isArea()).toList());
        });
        return "org/setup";
    }

    /** Open territories matching the text, each with a button to choose it. */
    @GetMapping("/areas")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String areas(@RequestParam(defaultValue = "") String q, Model model) {
        List<OrgUnitView> hits = q.isBlank() ? List.of()
                : units.search(q, 40).stream().filter(u -> u.kind().isArea() && u.isOpen()).limit(15).toList();
        model.addAttribute("q", q);
        model.addAttribute("hits", hits.stream().map(u -> new Hit(u, units.path(u.id()))).toList());
        return "org/setup :: areas";
    }

    record Hit(OrgUnitView area, List<OrgUnitView> path) {
    }

    @PostMapping("/area")
    @PreAuthorize("@access.hasRoleAt('ADMIN', null)")
    String choose(@RequestParam long areaId, RedirectAttributes redirect) {
        List<OrgUnitView> created = units.serveArea(areaId);
        // Flash attributes travel in the session, which lives in the database: plain strings only.
        redirect.addFlashAttribute("created", new java.util.ArrayList<>(created.stream().map(OrgUnitView::name).toList()));
        redirect.addFlashAttribute("success", "setup.saved");
        return "redirect:/admin/setup";
    }
}
