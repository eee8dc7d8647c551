package org.tiepdan.dialogue.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tiepdan.account.Role;
import org.tiepdan.account.RoleGrantView;
import org.tiepdan.account.TiepdanUser;
import org.tiepdan.dialogue.DialogueKind;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;

/** A fresh commune of Hà Tĩnh with its bodies, a signed-in officer, and dialogues built step by step. */
final class DialogueTestSupport {

    record Commune(OrgUnitView area, OrgUnitView party, OrgUnitView committee) {
    }

    private DialogueTestSupport() {
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static Commune commune(OrgUnits units) {
        long province = units.findAreaByCode("42").orElseThrow().id();
        OrgUnitView area = units.create(new NewOrgUnit("Xã Thử Đối Thoại " + unique(), OrgUnitKind.ADMINISTRATIVE_AREA,
                AdminTier.COMMUNE, province, null, LocalDate.of(2019, 1, 1)));
        units.setUpStandardBodies(area.id());
        List<OrgUnitView> children = units.children(area.id());
        return new Commune(area,
                children.stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).findFirst().orElseThrow(),
                children.stream().filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).findFirst().orElseThrow());
    }

    /** An officer of the commune: reception officer there and head of both bodies (a joint dialogue's chair). */
    static void signIn(Commune c) {
        TiepdanUser user = new TiepdanUser(1L, "dlg-" + unique(), "Cán bộ thử", List.of(
                new RoleGrantView(Role.RECEPTION_OFFICER, c.area().id()), new RoleGrantView(Role.HEAD, c.party().id()),
                new RoleGrantView(Role.HEAD, c.committee().id())), "x", true, true);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    static void signOut() {
        SecurityContextHolder.clearContext();
    }

    static Dialogue.Plan plan(Commune c, DialogueKind kind, LocalDate on) {
        return new Dialogue.Plan(kind, "Đất đai, môi trường và an sinh xã hội", on, null, "Hội trường xã",
                List.of(new DialogueHost(c.party().id(), "Trần Văn Bình"), new DialogueHost(c.committee().id(), null)),
                List.of("Thôn Tân Hòa", "Thôn Trường Sơn"), "Trần Văn Bình", "Nguyễn Thị Thu");
    }

    static DialogueOpinion.NewOpinion before(String name, String content) {
        return new DialogueOpinion.NewOpinion(OpinionStage.BEFORE, OpinionSource.CITIZEN, name, "Thôn Tân Hòa",
                OpinionField.LAND, content, null, false, null, null);
    }

    static DialogueOpinion.NewOpinion at(String name, String content) {
        return new DialogueOpinion.NewOpinion(OpinionStage.AT, OpinionSource.CITIZEN, name, "Thôn Trường Sơn",
                OpinionField.ENVIRONMENT, content, null, false, null, null);
    }

    static DialogueOpinion.NewOpinion atAnswered(String name, String content) {
        return new DialogueOpinion.NewOpinion(OpinionStage.AT, OpinionSource.CITIZEN, name, "Thôn Trường Sơn",
                OpinionField.SOCIAL_POLICY, content, null, true, "Đã trả lời tại hội nghị", "Chủ tịch UBND xã");
    }

    static Dialogue.Holding holding(LocalDate on) {
        return new Dialogue.Holding(on, null, "Trần Văn Bình", "Nguyễn Thị Thu", 15, 90);
    }

    /** Routes every point still open to the People's Committee. */
    static Dialogue.ConclusionNotice notice(Dialogue d, Commune c, LocalDate on) {
        Map<Long, Dialogue.Route> routes = new LinkedHashMap<>();
        d.opinions().stream().filter(DialogueOpinion::needsAssignment)
                .forEach(o -> routes.put(o.id(), new Dialogue.Route(c.committee().id(), "Kiểm tra, trả lời")));
        return new Dialogue.ConclusionNotice(on, "Giao UBND xã kiểm tra, trả lời bằng văn bản.", "Trần Văn Bình",
                routes);
    }
}
