package org.tiepdan.reception.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tiepdan.platform.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class ReceptionWebConfiguration {

    /**
     * Published reception schedules are public (Luật Tiếp công dân 2013: the schedule is made public),
     * and so are the legal minimum frequencies of heads' receptions.
     */
    @Bean
    PublicEndpoints receptionPublicEndpoints() {
        return () -> List.of("/public/reception-schedules", "/public/reception-schedules/**",
                "/api/v1/reception/duty-rules");
    }
}
