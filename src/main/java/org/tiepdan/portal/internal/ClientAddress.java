package org.tiepdan.portal.internal;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;

/**
 * The address rate limits are counted against. X-Forwarded-For is believed only when the request
 * comes from a configured proxy (anyone can send the header); then the right-most address that is
 * not itself a trusted proxy is the client.
 */
@Component
class ClientAddress {

    private final List<String> trusted;

    ClientAddress(PortalProperties properties) {
        this.trusted = properties.trustedProxies().stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    String of(HttpServletRequest request) {
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
