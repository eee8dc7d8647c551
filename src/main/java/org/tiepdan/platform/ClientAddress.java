package org.tiepdan.platform;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The address rate limits are counted against (the public site's limits, the sign-in throttle).
 * X-Forwarded-For is believed only when the request comes from a configured proxy
 * ({@code TIEPDAN_TRUSTED_PROXIES}; anyone can send the header); then the right-most address that
 * is not itself a trusted proxy is the client.
 */
@Component
public class ClientAddress {

    private final List<String> trusted;

    public ClientAddress(@Value("${tiepdan.portal.trusted-proxies:}") List<String> trustedProxies) {
        this.trusted = trustedProxies.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String of(HttpServletRequest request) {
        String remote = request.getRemoteAddr();
        String forwarded = request.getHeader("X-Forwarded-For");
        if (forwarded == null || !trusted.contains(remote)) {
            return remote;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return remote;
    }
}
