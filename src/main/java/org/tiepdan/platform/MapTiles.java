package org.tiepdan.platform;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from ({@code TIEPDAN_MAP_TILES}, a Leaflet URL template such as
 * {@code https://tile.example.vn/{z}/{x}/{y}.png}), for the public site's place picker and the
 * officers' map of places. Many installations reach no tile server at all, so unset means no map:
 * the pages keep their typed address and coordinate fields. The tile server's origin is the one
 * outside address the pages' Content-Security-Policy lets images come from ({@link #imageSource()}),
 * so it is checked once at startup and a malformed template stops the start instead of giving blank
 * maps.
 */
@Component
public class MapTiles {

    private final String template;
    private final String attribution;
    private final double centerLatitude;
    private final double centerLongitude;
    private final int zoom;
    private final String imageSource;

    public MapTiles(@Value("${tiepdan.map.tiles:}") String template,
            @Value("${tiepdan.map.attribution:}") String attribution,
            @Value("${tiepdan.map.center:16.0,106.0,6}") String center) {
        this.template = template == null || template.isBlank() ? null : template.strip();
        this.attribution = attribution == null || attribution.isBlank() ? "" : attribution.strip();
        this.imageSource = this.template == null ? null : origin(this.template);
        String[] parts = center == null ? new String[0] : center.split(",");
        try {
            if (parts.length != 3) {
                throw new NumberFormatException();
            }
            this.centerLatitude = Double.parseDouble(parts[0].strip());
            this.centerLongitude = Double.parseDouble(parts[1].strip());
            this.zoom = Integer.parseInt(parts[2].strip());
        } catch (NumberFormatException e) {
            throw new IllegalStateException("TIEPDAN_MAP_CENTER must be latitude,longitude,zoom (e.g. 18.05,106.30,13)");
        }
        if (Math.abs(centerLatitude) > 90 || Math.abs(centerLongitude) > 180 || zoom < 0 || zoom > 19) {
            throw new IllegalStateException("TIEPDAN_MAP_CENTER is out of range: latitude,longitude,zoom 0-19");
        }
    }

    /** True when a tile server is configured: the pages show a map. */
    public boolean enabled() {
        return template != null;
    }

    /** The Leaflet URL template, or null when there is no map. */
    public String template() {
        return template;
    }

    /** The tile provider's credit line shown on the map (plain text; its licence usually asks for one). */
    public String attribution() {
        return attribution;
    }

    public double centerLatitude() {
        return centerLatitude;
    }

    public double centerLongitude() {
        return centerLongitude;
    }

    public int zoom() {
        return zoom;
    }

    /**
     * The tile server as a CSP source ({@code https://tile.example.vn}, {@code https://*.tile.example.vn}
     * for a {@code {s}} subdomain template), or null when there is no map.
     */
    public String imageSource() {
        return imageSource;
    }

    /**
     * The origin of a template: its placeholders stand for a number, except a leading {@code {s}.}
     * subdomain, which becomes the CSP wildcard. Only http and https with a host and the three
     * placeholders {@code {z}}, {@code {x}}, {@code {y}} are accepted.
     */
    static String origin(String template) {
        if (!template.contains("{z}") || !template.contains("{x}") || !template.contains("{y}")) {
            throw new IllegalStateException("TIEPDAN_MAP_TILES must contain {z}, {x} and {y}");
        }
        boolean subdomains = false;
        String probe = template;
        int schemeEnd = probe.indexOf("://");
        if (schemeEnd > 0 && probe.startsWith("{s}.", schemeEnd + 3)) {
            subdomains = true;
            probe = probe.substring(0, schemeEnd + 3) + "a." + probe.substring(schemeEnd + 7);
        }
        probe = probe.replaceAll("\\{[a-z]+}", "0");
        URI uri;
        try {
            uri = new URI(probe);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("TIEPDAN_MAP_TILES is not a URL template: " + e.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || uri.getUserInfo() != null) {
            throw new IllegalStateException("TIEPDAN_MAP_TILES must be an http(s) URL with a host");
        }
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (subdomains) {
            host = "*" + host.substring(1);
        }
        return scheme + "://" + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }
}
