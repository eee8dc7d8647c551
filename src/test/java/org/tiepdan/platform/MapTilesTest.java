package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * The tile server setting (issue 24): unset is no map; a template gives the one image origin the CSP
 * admits ({@code {s}} subdomains as a wildcard); anything else stops the start with the setting named.
 */
class MapTilesTest {

    @Test
    void unsetMeansNoMap() {
        MapTiles none = new MapTiles("", "", "16.0,106.0,6");
        assertThat(none.enabled()).isFalse();
        assertThat(none.template()).isNull();
        assertThat(none.imageSource()).isNull();
        assertThat(new MapTiles(null, null, "16.0,106.0,6").enabled()).isFalse();
    }

    @Test
    void aTemplateGivesItsOriginForTheCsp() {
        MapTiles tiles = new MapTiles(" https://Tile.Example.vn/osm/{z}/{x}/{y}.png ", "© OpenStreetMap",
                "18.05,106.30,13");
        assertThat(tiles.enabled()).isTrue();
        assertThat(tiles.template()).isEqualTo("https://Tile.Example.vn/osm/{z}/{x}/{y}.png");
        assertThat(tiles.imageSource()).isEqualTo("https://tile.example.vn");
        assertThat(tiles.attribution()).isEqualTo("© OpenStreetMap");
        assertThat(tiles.centerLatitude()).isEqualTo(18.05);
        assertThat(tiles.centerLongitude()).isEqualTo(106.30);
        assertThat(tiles.zoom()).isEqualTo(13);
        assertThat(MapTiles.origin("http://127.0.0.1:8090/tiles/{z}/{x}/{y}.png?key=abc"))
                .isEqualTo("http://127.0.0.1:8090");
        assertThat(MapTiles.origin("https://{s}.tile.example.vn/{z}/{x}/{y}{r}.png"))
                .isEqualTo("https://*.tile.example.vn");
    }

    @Test
    void aMalformedSettingStopsTheStart() {
        assertThatThrownBy(() -> new MapTiles("https://tile.example.vn/{z}/{x}.png", "", "16,106,6"))
                .hasMessageContaining("TIEPDAN_MAP_TILES");
        assertThatThrownBy(() -> new MapTiles("ftp://tile.example.vn/{z}/{x}/{y}.png", "", "16,106,6"))
                .hasMessageContaining("TIEPDAN_MAP_TILES");
        assertThatThrownBy(() -> new MapTiles("/tiles/{z}/{x}/{y}.png", "", "16,106,6"))
                .hasMessageContaining("TIEPDAN_MAP_TILES");
        assertThatThrownBy(() -> new MapTiles("https://u:p@tile.example.vn/{z}/{x}/{y}.png", "", "16,106,6"))
                .hasMessageContaining("TIEPDAN_MAP_TILES");
        assertThatThrownBy(() -> new MapTiles("", "", "16,106"))
                .hasMessageContaining("TIEPDAN_MAP_CENTER");
        assertThatThrownBy(() -> new MapTiles("", "", "96,106,6"))
                .hasMessageContaining("TIEPDAN_MAP_CENTER");
    }
}
