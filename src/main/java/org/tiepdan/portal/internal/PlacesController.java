package org.tiepdan.portal.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.tiepdan.platform.MapTiles;

/**
 * Officers' list of the places citizens named with online feedback and recommendations
 * ({@code /portal/places}), grouped by commune and hamlet with their counts, for the units whose
 * petitions the user reads; with a tile server, a map of the points above the list (drawn from the
 * list's own rows, so the map shows nothing the list does not).
 */
@Controller
class PlacesController {

    private final Places places;
    private final PortalAccess access;
    private final MapTiles map;

    PlacesController(Places places, PortalAccess access, MapTiles map) {
        this.places = places;
        this.access = access;
        this.map = map;
    }

    @GetMapping("/portal/places")
    @PreAuthorize("@portalAccess.canReadPlaces()")
    String list(Model model) {
        var groups = Places.byHamlet(places.of(access.placeUnits()));
        model.addAttribute("groups", groups);
        boolean points = groups.stream().anyMatch(g -> g.withPoint() > 0);
        model.addAttribute("map", map.enabled() && points ? map : null);
        return "portal/places";
    }
}
