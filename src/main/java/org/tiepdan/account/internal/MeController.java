package org.tiepdan.account.internal;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;

@RestController
class MeController {

    record Me(String username, String fullName, List<RoleGrantView> roles) {
    }

    @GetMapping("/api/v1/me")
    @PreAuthorize("isAuthenticated()")
    Me me(@AuthenticationPrincipal TiepdanUser user) {
        return new Me(user.getUsername(), user.fullName(), user.grants());
    }
}
