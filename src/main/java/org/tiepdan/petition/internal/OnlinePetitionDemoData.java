package org.tiepdan.petition.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.petition.Channel;
import org.tiepdan.petition.Competence;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.petition.PetitionKind;
import org.tiepdan.platform.Dates;
import org.tiepdan.platform.DemoDataContributor;

/**
 * Three petitions sent through the public site, with tracking codes known in advance so the demo
 * can be followed at {@code /public/tracking} (README): an answered feedback, a recommendation just
 * received, an accepted denunciation (whose page shows only what a denouncer may know), and an
 * answered feedback that its citizen rated 2 of 5 and asked to reopen (its follow-up is in the
 * body's queue, in the same case).
 */
@Component
class OnlinePetitionDemoData implements DemoDataContributor {

    static final String FEEDBACK_CODE = "PHANANH2026A";
    static final String RECOMMENDATION_CODE = "KNGH2026B000";
    static final String DENUNCIATION_CODE = "TCA2026C0000";
    /** An answered feedback the citizen rated 2/5 and asked to reopen (issue 24). */
    static final String REOPENED_CODE = "PHANANH2026D";

    private static final Actor HANDLER = new Actor("xuly", EnumSet.of(Role.HANDLER));

    private final PetitionIntake intake;
    private final PetitionRepository petitions;
    private final PetitionService service;
    private final OrgUnits units;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final java.util.Map<Long, String> codes = new java.util.LinkedHashMap<>();

    OnlinePetitionDemoData(PetitionIntake intake, PetitionRepository petitions, PetitionService service,
            OrgUnits units, JdbcClient jdbc, Clock clock) {
        this.intake = intake;
        this.petitions = petitions;
        this.service = service;
        this.units = units;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 450;
    }

    @Override
    public void contribute() {
        OrgUnitView commune = units.findAreaByCode("18844").orElse(null);
        OrgUnitView ubnd = commune == null ? null : units.children(commune.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElse(null);
        if (ubnd == null) {
            return;
        }
        LocalDate today = Dates.today(clock);

        Petition feedback = online(ubnd, today.minusDays(12), PetitionKind.FEEDBACK, FEEDBACK_CODE,
                "Phản ánh đoạn đường liên thôn Hải Thanh - Tân Phong có nhiều ổ gà, đèn đường hỏng, đi lại ban đêm nguy hiểm.",
                new PetitionIntake.Person("Trần Thị Hoa", null, "thôn Hải Thanh, xã Kỳ Thượng", null,
                        "hoa.tran.demo@example.vn"));
        DeadlineSource clocks = service.clocks(ubnd.id());
        feedback.classify(HANDLER, Step.on(today.minusDays(11)), classification(PetitionKind.FEEDBACK), clocks);
        feedback.accept(HANDLER, Step.on(today.minusDays(10)).withDocument("31/TB-UBND", today.minusDays(10)), clocks);
        feedback.assign(HANDLER, Step.on(today.minusDays(10)).withHandler(HANDLER.username()));
        feedback.answer(HANDLER, Step.on(today.minusDays(3)).withDocument("35/UBND", today.minusDays(3)));
        service.sync(feedback);

        online(ubnd, today.minusDays(2), PetitionKind.RECOMMENDATION, RECOMMENDATION_CODE,
                "Kiến nghị xây thêm điểm trường mầm non ở thôn Tân Phong vì các cháu phải đi học xa hơn 3 km.", null);

        Petition denunciation = online(ubnd, today.minusDays(20), PetitionKind.DENUNCIATION, DENUNCIATION_CODE,
                "Tố cáo cán bộ phụ trách xây dựng xã nhận tiền để bỏ qua vi phạm xây dựng trên đất nông nghiệp.",
                new PetitionIntake.Person("Nguyễn Văn Demo", null, "thôn Trường Sơn, xã Kỳ Thượng", null,
                        "to.cao.demo@example.vn"));
        clocks = service.clocks(ubnd.id());
        denunciation.classify(HANDLER, Step.on(today.minusDays(18)), classification(PetitionKind.DENUNCIATION), clocks);
        denunciation.accept(HANDLER, Step.on(today.minusDays(15)).withDocument("28/TB-UBND", today.minusDays(15)),
                clocks);
        denunciation.notifyParties(HANDLER, Step.on(today.minusDays(13)).withDocument("29/TB-UBND",
                today.minusDays(13)));
        service.sync(denunciation);

        Petition drain = online(ubnd, today.minusDays(20), PetitionKind.FEEDBACK, REOPENED_CODE,
                "Phản ánh cống thoát nước tại ngã ba thôn Tân Phong bị tắc, nước tràn vào nhà dân mỗi khi mưa.",
                new PetitionIntake.Person("Lê Văn Thành", null, "thôn Tân Phong, xã Kỳ Thượng", "0912000111", null));
        clocks = service.clocks(ubnd.id());
        drain.classify(HANDLER, Step.on(today.minusDays(19)), classification(PetitionKind.FEEDBACK), clocks);
        drain.accept(HANDLER, Step.on(today.minusDays(18)).withDocument("33/TB-UBND", today.minusDays(18)), clocks);
        drain.assign(HANDLER, Step.on(today.minusDays(18)).withHandler(HANDLER.username()));
        drain.answer(HANDLER, Step.on(today.minusDays(9)).withDocument("37/UBND", today.minusDays(9)));
        service.sync(drain);
        jdbc.sql("""
                insert into petition_rating (petition_id, unit_id, stars, comment, rated_on) values (?, ?, 2, ?, ?)""")
                .params(drain.id(), drain.unitId(), "Đã có người đến xem nhưng cống vẫn tắc.", today.minusDays(7))
                .update();
        service.openFollowUp(drain, "Công dân đề nghị xem xét lại đơn số " + drain.registrationNumber()
                + ": cống vẫn tắc sau trận mưa ngày " + Dates.format(today.minusDays(6)) + ".",
                "Cống vẫn tắc sau trận mưa, nước tràn vào nhà.", today.minusDays(5));
        // Known codes for the README's walk-through (real codes stay random); written after the last
        // flush of the aggregates, which would otherwise write their own codes back.
        petitions.flush();
        codes.forEach((id, code) -> jdbc.sql("update petition set tracking_code = ? where id = ?").params(code, id)
                .update());
    }

    private Petition online(OrgUnitView unit, LocalDate on, PetitionKind kind, String code, String content,
            PetitionIntake.Person person) {
        var registered = intake.registerUnattended(new PetitionIntake.NewPetition(unit.id(), Channel.ONLINE, on,
                content, person == null, 1, person == null ? List.of() : List.of(person), kind, List.of()));
        codes.put(registered.petitionId(), code);
        return petitions.findById(registered.petitionId()).orElseThrow();
    }

    private static Classification classification(PetitionKind kind) {
        return new Classification(kind, "ADM_OTHER", true, null, Competence.RESOLVE, false, false,
                false, false, false, false);
    }
}
