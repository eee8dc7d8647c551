package org.tiepdan.account.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

    private final ProvinceSignIn province;

    LoginController(ProvinceSignIn province) {
        this.province = province;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(Model model) {
        model.addAttribute("provinceLabel", province.label());
        return "account/login";
    }
}
