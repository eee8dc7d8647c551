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
    /**
     * Hà Tĩnh province was re-established on 1 September 1991 (Nghị quyết of the National Assembly,
     * 12/8/1991, separating Nghệ Tĩnh). The shipped catalogue dates every unit from the reform of
     * 1 July 2025 and standard bodies are entered on the load day, so the demo's years of records
     * would all fall "outside the unit's lifetime" (issue 19). The demo gives the province, the
     * commune (which keeps its code through the 2025 merger) and their bodies this history.
     */
    static final LocalDate HISTORY_FROM = LocalDate.of(1991, 9, 1);

    private final OrgUnits units;
    private final MessageSource messages;

    private final OrgUnitService service;

    OrgDemoData(OrgUnits units, MessageSource messages, OrgUnitService service) {
        this.units = units;
        this.messages = messages;
        this.service = service;
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
        service.existedSince(province.id(), HISTORY_FROM);
        service.existedSince(commune.id(), HISTORY_FROM);
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
