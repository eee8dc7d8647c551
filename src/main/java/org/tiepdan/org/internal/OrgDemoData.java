package org.tiepdan.org.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DemoDataContributor;

/**
 * Demo units: the bodies of Hà Tĩnh province and of Xã Kỳ Thượng, and one historical commune
 * merged into Kỳ Thượng on 1 July 2025 so that reports can show predecessors.
 */
@Component
class OrgDemoData implements DemoDataContributor {

    static final String PROVINCE_CODE = "42";
    static final String COMMUNE_CODE = "18844";
    static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

    private final OrgUnits units;
    private final MessageSource messages;

    OrgDemoData(OrgUnits units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public void contribute() {
        OrgUnitView province = units.findAreaByCode(PROVINCE_CODE).orElse(null);
        OrgUnitView commune = units.findAreaByCode(COMMUNE_CODE).orElse(null);
        if (province == null || commune == null) {
            return;
        }
        units.setUpStandardBodies(province.id());
        units.serveArea(commune.id());
        String oldName = messages.getMessage("org.demo.old-commune", null, AreaNames.VI);
        boolean present = units.children(province.id()).stream().anyMatch(u -> u.name().equals(oldName));
        if (!present) {
            OrgUnitView old = units.create(new NewOrgUnit(oldName, OrgUnitKind.ADMINISTRATIVE_AREA,
                    AdminTier.COMMUNE, province.id(), null, LocalDate.of(2019, 1, 1)));
            units.merge(List.of(old.id()), commune.id(), REFORM,
                    messages.getMessage("org.demo.merge-note", null, AreaNames.VI));
        }
    }
}
