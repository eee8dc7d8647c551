package org.tiepdan.plan.internal;

import java.util.Optional;

import org.springframework.stereotype.Component;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.plan.PlanLinkKind;
import org.tiepdan.plan.PlanLinkTarget;
import org.tiepdan.platform.Dates;

/** A task fulfilled by an inspection (e.g. "Kiểm tra việc thực hiện Quy định 11 tại các thôn"). */
@Component
class InspectionLinkTarget implements PlanLinkTarget {

    private final Inspections inspections;

    private final PlanTexts texts;

    InspectionLinkTarget(Inspections inspections, PlanTexts texts) {
        this.inspections = inspections;
        this.texts = texts;
    }

    @Override
    public PlanLinkKind kind() {
        return PlanLinkKind.INSPECTION;
    }

    @Override
    public Optional<String> label(long id) {
        return inspections.find(id).map(i -> texts.get("plan.link.inspection-label", i.title(),
                Dates.format(i.startedOn())));
    }

    @Override
    public Optional<Long> unitOf(long id) {
        return inspections.find(id).map(i -> i.unitId());
    }

    @Override
    public String href(long id) {
        return "/inspections/" + id;
    }
}
