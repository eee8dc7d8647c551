package org.tiepdan.portal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitHierarchy;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.DenunciationConclusions;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;

/**
 * The public site's part of the demo: the latest concluded denunciation of Xã Kỳ Thượng is on
 * show at {@code /public/conclusions} for 30 days from three days ago. (The online petitions with
 * known tracking codes come with the petition module's demo data.)
 */
@Component
class PortalDemoData implements DemoDataContributor {

    private final Conclusions conclusions;
    private final DenunciationConclusions concluded;
    private final OrgUnits units;
    private final OrgUnitHierarchy hierarchy;
    private final MessageSource messages;
    private final Clock clock;

    PortalDemoData(Conclusions conclusions, DenunciationConclusions concluded, OrgUnits units,
            OrgUnitHierarchy hierarchy, MessageSource messages, Clock clock) {
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
    }
}
