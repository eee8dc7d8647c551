package org.tiepdan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The staff menu's text against its background, computed from the colours in app.css as WCAG 2.x
 * defines contrast: at least 4.5:1 for text (AA), 3:1 for the focus outline (non-text contrast).
 * The menu takes its colours from Bootstrap's navbar variables, which app.css points at its own.
 */
class MenuContrastTest {

    static String resource(String path) throws IOException {
        try (InputStream in = MenuContrastTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The declarations of the first rule whose selector is exactly {@code selector}. */
    static Map<String, String> rule(String css, String selector) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(selector) + "\\s*\\{([^}]*)}").matcher(css);
        assertThat(m.find()).as("rule " + selector).isTrue();
        Map<String, String> declarations = new LinkedHashMap<>();
        for (String d : m.group(1).split(";")) {
            int colon = d.indexOf(':');
            if (colon > 0) {
                declarations.put(d.substring(0, colon).strip(), d.substring(colon + 1).strip());
            }
        }
        return declarations;
    }

    static String resolve(Map<String, String> root, String value) {
        Matcher var = Pattern.compile("var\\((--[\\w-]+)\\)").matcher(value);
        return var.matches() ? resolve(root, root.get(var.group(1))) : value;
    }

    static double[] rgb(String hex) {
        assertThat(hex).as("an opaque #rrggbb colour").matches("#[0-9a-fA-F]{6}");
        return new double[] {Integer.parseInt(hex.substring(1, 3), 16), Integer.parseInt(hex.substring(3, 5), 16),
            Integer.parseInt(hex.substring(5, 7), 16)};
    }

    /** Relative luminance (WCAG 2.x). */
    static double luminance(String hex) {
        double[] c = rgb(hex);
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double s = c[i] / 255;
            lin[i] = s <= 0.04045 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
    }

    static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    @Test
    void theFormulaGivesTheKnownRatios() {
        assertThat(contrast("#000000", "#ffffff")).isCloseTo(21.0, org.assertj.core.data.Offset.offset(0.01));
        assertThat(contrast("#767676", "#ffffff")).isCloseTo(4.54, org.assertj.core.data.Offset.offset(0.01));
        // Bootstrap's navbar-dark link (white at 55 %) over the menu red, blended: what the menu had.
        assertThat(contrast("#cb9898", "#8b1a1a")).isLessThan(4.5);
    }

    @Test
    void everyMenuTextColourHasAtLeastFourAndAHalfToOneAgainstTheMenu() throws IOException {
        String css = resource("/static/css/app.css");
        Map<String, String> root = rule(css, ":root");
        Map<String, String> navbar = rule(css, ".navbar.bg-tiepdan");
        String background = resolve(root, rule(css, ".bg-tiepdan").get("background-color"));
        assertThat(background).isEqualTo(root.get("--tiepdan-menu-bg"));
        Map<String, Double> ratios = new LinkedHashMap<>();
        for (String property : new String[] {"--bs-navbar-color", "--bs-navbar-hover-color", "--bs-navbar-active-color",
            "--bs-navbar-disabled-color", "--bs-navbar-brand-color", "--bs-navbar-brand-hover-color"}) {
            assertThat(navbar).as("app.css sets " + property).containsKey(property);
            ratios.put(property, contrast(resolve(root, navbar.get(property)), background));
        }
        assertThat(ratios).allSatisfy((property, ratio) -> assertThat(ratio).as(property).isGreaterThanOrEqualTo(4.5));
        assertThat(contrast(root.get("--tiepdan-focus"), background)).as("focus outline").isGreaterThanOrEqualTo(3.0);
    }

    @Test
    void theStaffMenuIsTheNavbarThoseColoursApplyTo() throws IOException {
        String layout = resource("/templates/layout.html");
        assertThat(layout).containsPattern("<nav[^>]*class=\"[^\"]*\\bnavbar\\b[^\"]*\"").containsPattern("<nav[^>]*class=\"[^\"]*\\bbg-tiepdan\\b");
    }

    @Test
    void tablesScrollSidewaysOnAPhone() throws IOException {
        for (String path : new String[] {"/static/css/app.css", "/static/css/portal.css"}) {
            String css = resource(path);
            Matcher phone = Pattern.compile("@media \\(max-width: 767\\.98px\\) \\{(.*?)\\n}", Pattern.DOTALL).matcher(css);
            assertThat(phone.find()).as(path + " has a phone rule").isTrue();
            assertThat(phone.group(1)).as(path).contains("table").contains("overflow-x: auto").contains("max-width: 100%");
        }
    }
}
