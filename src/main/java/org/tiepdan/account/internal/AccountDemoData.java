package org.tiepdan.account.internal;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DemoDataContributor;

/**
 * One demo account per role, at the demo commune (Xã Kỳ Thượng, Hà Tĩnh), listed in the README.
 * Everyone's password is {@link #PASSWORD}.
 */
@Component
class AccountDemoData implements DemoDataContributor {

    static final String PASSWORD = "Demo@2026";
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final AccountService accounts;
    private final OrgUnits units;
    private final MessageSource messages;

    AccountDemoData(AccountService accounts, OrgUnits units, MessageSource messages) {
        this.accounts = accounts;
        this.units = units;
        this.messages = messages;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public void contribute() {
        Long province = units.findAreaByCode("42").map(OrgUnitView::id).orElse(null);
        Long commune = units.findAreaByCode("18844").map(OrgUnitView::id).orElse(null);
        Long partyCommittee = commune == null ? null : units.children(commune).stream()
                .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE).map(OrgUnitView::id).findFirst().orElse(commune);
        Long peoplesCommittee = commune == null ? null : units.children(commune).stream()
                .filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE).map(OrgUnitView::id).findFirst().orElse(commune);
        create("admin", Role.ADMIN, null);
        long head = create("lanhdao", Role.HEAD, partyCommittee);
        // The demo head is both Party secretary and People's Committee chairman (a joint schedule).
        accounts.grant(head, Role.HEAD, peoplesCommittee);
        create("tiepdan", Role.RECEPTION_OFFICER, commune);
        create("xuly", Role.HANDLER, commune);
        create("thanhtra", Role.INSPECTOR, province);
        create("baocao", Role.REPORTER, commune);
        create("baomat", Role.IDENTITY_CUSTODIAN, commune);
        create("xem", Role.VIEWER, commune);
    }

    private long create(String username, Role role, Long unitId) {
        return accounts.createUser(username, messages.getMessage("account.demo." + username, null, VI), PASSWORD, role,
                unitId);
    }
}
