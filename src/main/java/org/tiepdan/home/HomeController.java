package org.tiepdan.home;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiepdan.account.Role;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueFollowUps;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** The landing page after login: who you are, where you hold roles, and the modules' {@link DashboardCards}. */
@Controller
class HomeController {

    private final OrgUnits units;
    private final DialogueFollowUps dialogues;
    private final ObjectProvider<DashboardCards> cards;

    HomeController(OrgUnits units, DialogueFollowUps dialogues, ObjectProvider<DashboardCards> cards) {
        this.units = units;
        this.dialogues = dialogues;
        this.cards = cards;
    }

    /** A role with the path of the unit where it is held (empty path: the whole installation). */
    record RoleAt(Role role, Long unitId, List<OrgUnitView> path) {
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal TiepdanUser user, Model model) {
        model.addAttribute("rolesAt", user.grants().stream()
                .map(g -> new RoleAt(g.role(), g.unitId(), g.unitId() == null ? List.of() : units.path(g.unitId())))
                .toList());
        model.addAttribute("dialogueAlerts", dialogues.alertsForCurrentUser());
        model.addAttribute("cards", cards.orderedStream().flatMap(c -> c.cards().stream()).toList());
        return "home/index";
    }
}
