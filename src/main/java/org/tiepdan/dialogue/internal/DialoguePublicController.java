package org.tiepdan.dialogue.internal;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The public follow-up of a dialogue's conclusions (no login): published once the conclusion notice
 * is issued, without personal data. The public site links here ({@code DialogueFollowUps.publishedFor}).
 */
@Controller
class DialoguePublicController {

    private final FollowUp followUp;

    DialoguePublicController(FollowUp followUp) {
        this.followUp = followUp;
    }

    @GetMapping("/public/dialogues/{id}")
    @PreAuthorize("permitAll()")
    String followUp(@PathVariable long id, Model model) {
        model.addAttribute("f", followUp.publicView(id));
        return "dialogue/public";
    }
}
