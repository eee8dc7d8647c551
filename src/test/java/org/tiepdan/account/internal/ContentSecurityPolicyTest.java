package org.tiepdan.account.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.tiepdan.platform.MapTiles;

/** Images from here only, unless a tile server is configured: then from its origin too, and nothing else changes. */
class ContentSecurityPolicyTest {

    @Test
    void theTileServerIsTheOnlyOutsideImageSource() {
        String without = SecurityConfiguration.contentSecurityPolicy(new MapTiles("", "", "16,106,6"));
        assertThat(without).contains("img-src 'self' data:;", "script-src 'self';", "style-src 'self';")
                .doesNotContain("http");
        String with = SecurityConfiguration.contentSecurityPolicy(
                new MapTiles("https://tile.example.vn/{z}/{x}/{y}.png", "", "16,106,6"));
        assertThat(with).contains("img-src 'self' data: https://tile.example.vn;")
                .isEqualTo(without.replace("img-src 'self' data:;", "img-src 'self' data: https://tile.example.vn;"));
    }
}
