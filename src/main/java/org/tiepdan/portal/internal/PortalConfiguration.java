package org.tiepdan.portal.internal;

import java.util.List;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;
import org.tiepdan.platform.PublicEndpoints;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({PortalProperties.class, CitizenLimits.class})
class PortalConfiguration {

    /** The public site and the Open311 endpoint need no login; each handler still states its rule. */
    @Bean
    PublicEndpoints portalPublicEndpoints() {
        return () -> List.of("/public", "/public/**", "/open311/**");
    }

    /** SMTP when {@code SPRING_MAIL_HOST} is set (Spring Boot then provides a JavaMailSender), else log only. */
    @Bean
    Mailer portalMailer(ObjectProvider<JavaMailSender> smtp, PortalProperties properties) {
        JavaMailSender sender = smtp.getIfAvailable();
        return sender == null ? new LogOnlyMailer() : new SmtpMailer(sender, properties.mailFrom());
    }

    /** The HTTP gateway when {@code TIEPDAN_SMS_URL} is set (with {@code TIEPDAN_SMS_KEY}), else log only. */
    @Bean
    SmsGateway portalSmsGateway(@org.springframework.beans.factory.annotation.Value("${tiepdan.sms.url:}") String url,
            @org.springframework.beans.factory.annotation.Value("${tiepdan.sms.key:}") String key) {
        return url == null || url.isBlank() ? new LogOnlySmsGateway() : new HttpSmsGateway(url.strip(), key);
    }
}
