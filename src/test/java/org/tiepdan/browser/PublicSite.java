package org.tiepdan.browser;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnits;

/** What the public site's journeys share: the demo body citizens write to, and the form's sum. */
final class PublicSite {

    private static final Pattern SUM = Pattern.compile("(\\d+) cộng (\\d+) bằng");

    private PublicSite() {
    }

    /** Ủy ban nhân dân xã Kỳ Thượng, by name (other tests add bodies under the same commune). */
    static long ubnd(OrgUnits units) {
        long commune = units.findAreaByCode("18844").orElseThrow().id();
        return units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .filter(u -> u.name().equals("Ủy ban nhân dân xã Kỳ Thượng")).findFirst().orElseThrow().id();
    }

    /** The answer to the page's arithmetic question, read as a person reads it. */
    static String sum(Browser browser) {
        Matcher m = SUM.matcher(browser.pageSource());
        if (!m.find()) {
            throw new AssertionError("no arithmetic question on " + browser.currentPath());
        }
        return String.valueOf(Integer.parseInt(m.group(1)) + Integer.parseInt(m.group(2)));
    }
}
