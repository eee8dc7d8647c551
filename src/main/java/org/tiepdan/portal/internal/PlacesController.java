package org.tiepdan.portal.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Officers' list of the places citizens named with online feedback and recommendations
 * ({@code /portal/places}), grouped by commune and hamlet, for the units whose petitions the user reads.
 */
@Controller
class PlacesController {

    private final Places places;
    private final PortalAccess access;

    PlacesController(Places places, PortalAccess access) {
        this.places = places;
        this.access = access;
    }

    @GetMapping("/portal/places")
    @PreAuthorize("@portalAccess.canReadPlaces()")
    String list(Model model) {
        model.addAttribute("rows", places.of(access.placeUnits()));
        return "portal/places";
    }
}
