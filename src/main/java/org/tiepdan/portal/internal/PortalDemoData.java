package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.DenunciationConclusions;
import org.tiepdan.petition.PetitionTracking;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The public site's part of the demo: the latest concluded denunciation of Xã Kỳ Thượng is on
 * show at {@code /public/conclusions} for 30 days from three days ago; the demo's online feedback and
 * recommendation name their places in two hamlets, two with a point, so that {@code /portal/places}
 * (and its map, with a tile server) shows something. (The online petitions with known tracking codes
 * come with the petition module's demo data; the denunciation names no place.)
 */
@Component
class PortalDemoData implements DemoDataContributor {

    private final Conclusions conclusions;
    private final DenunciationConclusions concluded;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final MessageSource messages;
    private final Clock clock;
    private final PetitionTracking tracking;
    private final Places places;

    PortalDemoData(Conclusions conclusions, DenunciationConclusions concluded, OrgUnits units,
            OrgUnitHierarchy hierarchy, MessageSource messages, Clock clock, PetitionTracking tracking,
            Places places) {
        this.tracking = tracking;
        this.places = places;
        this.conclusions = conclusions;
        this.concluded = concluded;
        this.units = units;
        this.hierarchy = hierarchy;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 460;
    }

    @Override
    public void contribute() {
        LocalDate today = Dates.today(clock);
        units.findAreaByCode("18844").ifPresent(commune -> concluded
                .concludedAt(hierarchy.subtreeWithPredecessors(commune.id())).stream()
                .filter(c -> c.concludedOn() == null || !c.concludedOn().isAfter(today.minusDays(3)))
                .findFirst()
                .ifPresent(c -> conclusions.publish(c.petitionId(),
                        messages.getMessage("portal.demo.conclusion", null, Locale.forLanguageTag("vi")),
                        today.minusDays(3), today.plusDays(27), "lanhdao")));
        // Where: the road between the two hamlets, the Tân Phong preschool, the Tân Phong drain.
        place("PHANANH2026A", new Places.Place("Kỳ Thượng", "Hải Thanh", new java.math.BigDecimal("18.035200"),
                new java.math.BigDecimal("106.196800")));
        place("KNGH2026B000", new Places.Place("Kỳ Thượng", "Tân Phong", null, null));
        place("PHANANH2026D", new Places.Place("Kỳ Thượng", "Tân Phong", new java.math.BigDecimal("18.041700"),
                new java.math.BigDecimal("106.210200")));
    }

    private void place(String code, Places.Place place) {
        tracking.find(code).ifPresent(p -> places.save(p.petitionId(), p.unitId(), place));
    }
}
