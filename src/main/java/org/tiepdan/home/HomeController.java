package org.tiepdan.home;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiepdan.account.Role;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.Dates;
import tools.jackson.databind.json.JsonMapper;

/**
 * The landing page after login: the day's work of each role the user holds, from the modules'
 * {@link DashboardCards}, then who you are and where you hold roles. A module whose cards cannot be
 * computed is left out (logged) so that one module's fault never takes the home page down.
 */
@Controller
class HomeController {

    private static final Logger log = LoggerFactory.getLogger(HomeController.class);

    private final OrgUnits units;
    private final ObjectProvider<DashboardCards> cards;
    private final JsonMapper json;
    private final Clock clock;

    HomeController(OrgUnits units, ObjectProvider<DashboardCards> cards, JsonMapper json, Clock clock) {
        this.units = units;
        this.cards = cards;
        this.json = json;
        this.clock = clock;
    }

    /** A role with the path of the unit where it is held (empty path: the whole installation). */
    record RoleAt(Role role, Long unitId, List<OrgUnitView> path) {
    }

    /** The cards of one role (role null: the cards for everyone), in the order the modules gave them. */
    record Section(Role role, List<DashboardCard> cards) {
    }

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home(@AuthenticationPrincipal TiepdanUser user, Model model) {
        model.addAttribute("rolesAt", user.grants().stream()
                .map(g -> new RoleAt(g.role(), g.unitId(), g.unitId() == null ? List.of() : units.path(g.unitId())))
                .toList());
        List<DashboardCard> all = new ArrayList<>();
        cards.orderedStream().forEach(c -> {
            try {
                all.addAll(c.cards());
            } catch (RuntimeException e) {
                log.error("Home cards of {} failed", c.getClass().getName(), e);
            }
        });
        Set<Role> held = user.roles().isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(user.roles());
        List<Section> sections = new ArrayList<>();
        List<DashboardCard> general = all.stream().filter(c -> c.role() == null).toList();
        if (!general.isEmpty()) {
            sections.add(new Section(null, general));
        }
        for (Role role : Role.values()) {
            List<DashboardCard> mine = all.stream().filter(c -> c.role() == role).toList();
            if (held.contains(role) && !mine.isEmpty()) {
                sections.add(new Section(role, mine));
            }
        }
        Map<String, String> charts = new LinkedHashMap<>();
        all.stream().filter(c -> c.chart() != null).forEach(c -> charts.put(c.id(), json.writeValueAsString(c.chart())));
        model.addAttribute("today", Dates.today(clock));
        model.addAttribute("sections", sections);
        model.addAttribute("charts", charts);
        return "home/index";
    }
}
