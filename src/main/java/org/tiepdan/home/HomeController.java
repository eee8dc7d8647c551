package org.tiepdan.home;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The landing page after login: who you are and where you hold roles. Modules add their panels. */
@Controller
class HomeController {

    @GetMapping("/")
    @PreAuthorize("isAuthenticated()")
    String home() {
        return "home/index";
    }
}
