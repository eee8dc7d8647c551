package org.tiepdan.calendar.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tiepdan.platform.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
class CalendarWebConfiguration {

    /** The calendar, the time limits and the public calendar pages need no login. */
    @Bean
    PublicEndpoints calendarPublicEndpoints() {
        return () -> java.util.List.of("/api/v1/calendar/**", "/api/v1/deadline-rules", "/api/v1/deadline-rules/**",
                "/calendar", "/calendar/**");
    }
}
