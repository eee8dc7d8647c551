package org.tiepdan.dialogue.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tiepdan.platform.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class DialogueWebConfiguration {

    /** The public follow-up of a dialogue's conclusions (no personal data), linked from the public site. */
    @Bean
    PublicEndpoints dialoguePublicEndpoints() {
        return () -> List.of("/public/dialogues/**");
    }
}
