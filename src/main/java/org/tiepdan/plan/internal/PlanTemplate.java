package org.tiepdan.plan.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/**
 * The template of a new plan, after seed 002 (Kế hoạch công tác tiếp công dân, giải quyết khiếu
 * nại, tố cáo): its sections worded for the unit and year, and its usual tasks, each led by the
 * unit until someone assigns it. All texts are in messages_vi.properties ({@code plan.template.*}).
 */
@Component
class PlanTemplate {

    private static final Locale VI = Locale.forLanguageTag("vi");

    /** The seed's tasks and how their time frames are written. */
    private static final List<FrameKind> TASKS = List.of(FrameKind.YEAR_ROUND, FrameKind.MONTHLY,
            FrameKind.YEAR_ROUND, FrameKind.YEAR_ROUND, FrameKind.YEAR_ROUND, FrameKind.QUARTERLY);

    private final MessageSource messages;
    private final OrgUnits units;

    PlanTemplate(MessageSource messages, OrgUnits units) {
        this.messages = messages;
        this.units = units;
    }

    PlanSections sections(long unitId, int year, String title) {
        OrgUnitView unit = units.get(unitId);
        String y = String.valueOf(year);
        String t = title == null || title.isBlank() ? msg("plan.template.title", y) : title;
        String signer = messages.getMessage("plan.template.signer." + unit.kind(), null,
                msg("plan.template.signer.OTHER"), VI);
        return new PlanSections(t, msg("plan.template.basis", y, unit.name()), msg("plan.template.purpose"),
                msg("plan.template.requirements"), msg("plan.template.organisation", unit.name()),
                msg("plan.template.recipients"), signer, null);
    }

    List<TaskData> tasks(long unitId) {
        return java.util.stream.IntStream.range(0, TASKS.size())
                .mapToObj(i -> new TaskData(msg("plan.template.task." + (i + 1) + ".title"),
                        msg("plan.template.task." + (i + 1) + ".content"), unitId, List.of(), TASKS.get(i), null,
                        null, null))
                .toList();
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
