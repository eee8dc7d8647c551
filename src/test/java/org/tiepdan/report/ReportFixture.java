package org.tiepdan.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.document.IssuedDocuments;
import org.tiepdan.org.AdminTier;
import org.tiepdan.org.NewOrgUnit;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.oversight.HeadRole;
import org.tiepdan.oversight.InspectionKind;
import org.tiepdan.oversight.InspectionMode;
import org.tiepdan.oversight.Inspections;
import org.tiepdan.oversight.ViolationSeverity;

/**
 * A small province of its own, so that the demo data in the shared database does not disturb the
 * counts: a province with its Party committee, the commune "C" with its Party committee and People's
 * Committee, and the old commune "O" merged into C on 01/7/2023 (a predecessor). Records of 2023 with
 * known figures, and planted inconsistencies the cross-checks must name. Built once per test run.
 *
 * <p>Reception and cases are written straight into their tables (their modules offer no public way
 * to write them, and the planted errors cannot be written through the rules); inspections, outreach
 * events and documents go through the public APIs.
 */
public final class ReportFixture {

    public static final LocalDate FROM = LocalDate.of(2023, 1, 1);
    public static final LocalDate TO = LocalDate.of(2023, 12, 31);
    public static final String PASSWORD = "MatKhau2026";

    public final String tag = UUID.randomUUID().toString().substring(0, 6);
    public long province;
    public long provinceParty;
    public long commune;
    public long communeParty;
    public long communeCommittee;
    public long oldCommune;
    public long oldCommittee;
    /** A reporter at the commune, and one at the province. */
    public String communeReporter;
    public String provinceReporter;

    // reception
    public long s1Periodic;
    public long s2AdHocInOld;
    public long s3Deputy;
    public long s4Regular;
    public long s5NoHost;
    public long s6WrongVisitDate;
    public long sProvince;
    public long v1;
    public long v2Delegation;
    public long v3Complex;
    public long v4Refused;
    public long v5;
    public long v6SameMatter;
    public long v7;
    public long v8;
    public long v9Refused;
    public long v10;
    public long vProvince;
    // cases
    public long k1Settled;
    public long k2Reopened;
    public long k3Open;
    public long k4Directed;
    public long k5Pending;
    public long k6Guided;
    public long k7InOld;
    public long k8BadDates;
    public long k9NoDocument;
    public long kProvince;
    public long p1;
    public long p2;
    public long p3Overdue;
    // oversight and documents
    public long i1Planned;
    public long i2AdHoc;
    public long headA;
    public long headB;
    public long e1;
    public long e2;
    public long d1;
    public long d2;
    public long d3;
    public long d4AfterClosure;

    private static ReportFixture instance;

    public static synchronized ReportFixture get(JdbcClient jdbc, OrgUnits units, Inspections inspections,
            IssuedDocuments documents, Accounts accounts) {
        if (instance == null) {
            ReportFixture f = new ReportFixture();
            f.build(jdbc, units, inspections, documents, accounts);
            instance = f;
        }
        return instance;
    }

    private void build(JdbcClient jdbc, OrgUnits units, Inspections inspections, IssuedDocuments documents,
            Accounts accounts) {
        LocalDate old = LocalDate.of(2000, 1, 1);
        province = units.create(new NewOrgUnit("Tỉnh Báo Cáo " + tag, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.PROVINCE,
                null, null, old)).id();
        provinceParty = units.create(new NewOrgUnit("Tỉnh ủy Báo Cáo " + tag, OrgUnitKind.PARTY_COMMITTEE, null, province,
                null, old)).id();
        commune = units.create(new NewOrgUnit("Xã Thượng Báo " + tag, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province, null, LocalDate.of(2019, 1, 1))).id();
        communeParty = units.create(new NewOrgUnit("Đảng ủy xã Thượng Báo " + tag, OrgUnitKind.PARTY_COMMITTEE, null,
                commune, null, LocalDate.of(2019, 1, 1))).id();
        communeCommittee = units.create(new NewOrgUnit("Ủy ban nhân dân xã Thượng Báo " + tag,
                OrgUnitKind.PEOPLES_COMMITTEE, null, commune, null, LocalDate.of(2019, 1, 1))).id();
        oldCommune = units.create(new NewOrgUnit("Xã Cũ Báo " + tag, OrgUnitKind.ADMINISTRATIVE_AREA, AdminTier.COMMUNE,
                province, null, old)).id();
        oldCommittee = units.create(new NewOrgUnit("Ủy ban nhân dân xã Cũ Báo " + tag, OrgUnitKind.PEOPLES_COMMITTEE,
                null, oldCommune, null, old)).id();
        units.merge(List.of(oldCommune), commune, LocalDate.of(2023, 7, 1), "Nghị quyết sáp nhập (thử)");

        communeReporter = "bcxa" + tag;
        accounts.createUser(communeReporter, "Cán bộ tổng hợp xã", PASSWORD, Role.REPORTER, commune);
        provinceReporter = "bctinh" + tag;
        accounts.createUser(provinceReporter, "Cán bộ tổng hợp tỉnh", PASSWORD, Role.REPORTER, province);

        reception(jdbc);
        cases(jdbc);
        oversight(jdbc, inspections, documents);
    }

    private void reception(JdbcClient jdbc) {
        s1Periodic = session(jdbc, commune, "PERIODIC", "2023-03-10");
        host(jdbc, s1Periodic, communeParty, "PARTY_SECRETARY", "HEAD", null);
        v1 = visit(jdbc, s1Periodic, commune, "2023-03-10", false, 1, false, "ANSWERED", null, null);
        v2Delegation = visit(jdbc, s1Periodic, commune, "2023-03-10", true, 6, false, "PETITION_RECEIVED", null, null);
        v3Complex = visit(jdbc, s1Periodic, commune, "2023-03-10", false, 1, true, "PETITION_RECEIVED", null, null);
        v4Refused = visit(jdbc, s1Periodic, commune, "2023-03-10", false, 1, false, "REFUSED",
                "THREATENING_OR_DISRUPTIVE", null);

        s2AdHocInOld = session(jdbc, oldCommune, "AD_HOC", "2023-05-15");
        host(jdbc, s2AdHocInOld, oldCommittee, "PC_CHAIRMAN", "HEAD", null);
        v5 = visit(jdbc, s2AdHocInOld, oldCommune, "2023-05-15", false, 1, false, "GUIDED", null, null);
        v6SameMatter = visit(jdbc, s2AdHocInOld, oldCommune, "2023-05-15", false, 1, true, "ANSWERED", null, v3Complex);

        s3Deputy = session(jdbc, commune, "PERIODIC", "2023-08-20");
        host(jdbc, s3Deputy, communeParty, "PARTY_SECRETARY", "DEPUTY", "Giấy ủy quyền 01/GUQ");
        v7 = visit(jdbc, s3Deputy, commune, "2023-08-20", false, 1, false, "ANSWERED", null, null);

        s4Regular = session(jdbc, commune, "REGULAR", "2023-09-05");
        host(jdbc, s4Regular, null, null, "STAFF", null);
        v8 = visit(jdbc, s4Regular, commune, "2023-09-05", false, 1, false, "ANSWERED", null, null);
        v9Refused = visit(jdbc, s4Regular, commune, "2023-09-05", false, 1, false, "REFUSED", "INTOXICATED_OR_IMPAIRED",
                null);

        s5NoHost = session(jdbc, commune, "PERIODIC", "2023-10-10");

        s6WrongVisitDate = session(jdbc, commune, "AD_HOC", "2023-11-02");
        host(jdbc, s6WrongVisitDate, communeParty, "PARTY_SECRETARY", "HEAD", null);
        v10 = visit(jdbc, s6WrongVisitDate, commune, "2023-11-03", false, 1, false, "ANSWERED", null, null);

        sProvince = session(jdbc, provinceParty, "PERIODIC", "2023-04-04");
        host(jdbc, sProvince, provinceParty, "PARTY_SECRETARY", "HEAD", null);
        vProvince = visit(jdbc, sProvince, provinceParty, "2023-04-04", false, 1, false, "ANSWERED", null, null);

        long before = session(jdbc, commune, "PERIODIC", "2022-12-30");
        host(jdbc, before, communeParty, "PARTY_SECRETARY", "HEAD", null);
        visit(jdbc, before, commune, "2022-12-30", false, 1, false, "ANSWERED", null, null);
    }

    private void cases(JdbcClient jdbc) {
        k1Settled = kase(jdbc, communeCommittee, "RESOLVE", "2023-02-01", "2023-03-01", true, null, "DECIDED", null,
                false, false);
        p1 = petition(jdbc, communeCommittee, k1Settled, "2023-02-01", "COMPLAINT", "RESOLVE", "DECIDED", "RIGHT",
                "2023-03-01", "POST");
        event(jdbc, p1, "DECIDE", "DECIDED", "2023-03-01", "12/QĐ-UBND");

        k2Reopened = kase(jdbc, communeCommittee, "RESOLVE", "2023-04-01", "2023-05-20", false, "2023-09-01", "DECIDED",
                null, false, false);
        p2 = petition(jdbc, communeCommittee, k2Reopened, "2023-04-01", "COMPLAINT", "RESOLVE", "DECIDED", "WRONG",
                "2023-05-20", "IN_PERSON");
        event(jdbc, p2, "DECIDE", "DECIDED", "2023-05-20", "20/QĐ-UBND");
        long extended = deadline(jdbc, p2, "COMPLAINT_RESOLVE_R1", "2023-04-01", "2023-05-10", false, "2023-05-20");
        jdbc.sql("insert into petition_deadline_version (deadline_id, number, change, on_date, due, explanation, reason) "
                + "values (?, 1, 'EXTENDED', date '2023-05-05', date '2023-05-10', 'gia hạn', 'phức tạp')")
                .param(extended).update();

        k3Open = kase(jdbc, communeCommittee, "RESOLVE", "2023-10-01", null, null, null, null, null, false, false);
        p3Overdue = petition(jdbc, communeCommittee, k3Open, "2023-10-01", "DENUNCIATION", "RESOLVE", "ACCEPTED", null,
                null, "ONLINE");
        deadline(jdbc, p3Overdue, "DENUNCIATION_RESOLVE", "2023-10-01", "2023-10-31", true, null);

        k4Directed = kase(jdbc, communeParty, "DIRECT", "2023-05-05", null, null, null, null, "2023-06-10", true, true);
        // A denunciation: complaints and denunciations (KNTC) count in row 8's "trong đó".
        jdbc.sql("update petition_case set kind = 'DENUNCIATION' where id = ?").param(k4Directed).update();
        k5Pending = kase(jdbc, communeParty, "DIRECT", "2023-06-06", null, null, null, null, null, true, false);
        k6Guided = kase(jdbc, communeCommittee, "NONE", "2023-07-01", "2023-07-05", true, null, "GUIDED", null, false,
                false);
        long p6 = petition(jdbc, communeCommittee, k6Guided, "2023-07-01", "RECOMMENDATION", "NONE", "GUIDED", null,
                "2023-07-05", "POST");
        event(jdbc, p6, "GUIDE", "GUIDED", "2023-07-05", "05/HD-UBND");
        k7InOld = kase(jdbc, oldCommittee, "RESOLVE", "2023-03-15", "2023-04-10", true, null, "DECIDED", null, false,
                false);
        long p7 = petition(jdbc, oldCommittee, k7InOld, "2023-03-15", "COMPLAINT", "RESOLVE", "DECIDED", "PARTLY_RIGHT",
                "2023-04-10", "POST");
        event(jdbc, p7, "DECIDE", "DECIDED", "2023-04-10", "03/QĐ-UBND");
        k8BadDates = kase(jdbc, communeCommittee, "RESOLVE", "2023-02-10", "2023-01-05", true, null, "DECIDED", null,
                false, false);
        long p8 = petition(jdbc, communeCommittee, k8BadDates, "2023-02-10", "FEEDBACK", "RESOLVE", "DECIDED", null,
                "2023-01-05", "HOTLINE");
        event(jdbc, p8, "DECIDE", "DECIDED", "2023-01-05", "01/QĐ-UBND");
        k9NoDocument = kase(jdbc, communeCommittee, "RESOLVE", "2023-07-07", "2023-08-01", true, null, "DECIDED", null,
                false, false);
        petition(jdbc, communeCommittee, k9NoDocument, "2023-07-07", "COMPLAINT", "RESOLVE", "DECIDED", "WRONG",
                "2023-08-01", "POST");
        kProvince = kase(jdbc, provinceParty, "RESOLVE", "2023-05-05", null, null, null, null, null, false, false);
        kase(jdbc, communeCommittee, "RESOLVE", "2022-11-01", null, null, null, null, null, false, false);
    }

    private void oversight(JdbcClient jdbc, Inspections inspections, IssuedDocuments documents) {
        i1Planned = inspections.create(new Inspections.NewInspection(communeParty, InspectionKind.CHECK,
                InspectionMode.PLANNED, "QĐ 11", "Kiểm tra việc tiếp dân năm 2023", LocalDate.of(2023, 4, 1),
                LocalDate.of(2023, 4, 5), List.of(communeCommittee),
                List.of(new Inspections.Head("Nguyễn Văn An " + tag, "Chủ tịch UBND xã", communeCommittee)), null, null));
        i2AdHoc = inspections.create(new Inspections.NewInspection(communeParty, InspectionKind.SUPERVISION,
                InspectionMode.AD_HOC, "QĐ 11", "Giám sát đột xuất", LocalDate.of(2023, 9, 1), null,
                List.of(communeParty),
                List.of(new Inspections.Head("Trần Văn Bình " + tag, "Bí thư Đảng ủy xã", communeParty)), null, null));
        headA = jdbc.sql("select id from inspection_head where inspection_id = ?").param(i1Planned).query(Long.class)
                .single();
        headB = jdbc.sql("select id from inspection_head where inspection_id = ?").param(i2AdHoc).query(Long.class)
                .single();
        inspections.addViolation(i1Planned, headA, HeadRole.PC_CHAIRMAN, "Chậm trả lời kiến nghị", ViolationSeverity.NOT_TO_DISCIPLINE, null,
                null, null);
        inspections.addViolation(i2AdHoc, headB, HeadRole.PARTY_SECRETARY, "Không tiếp dân định kỳ", ViolationSeverity.TO_DISCIPLINE,
                "Khiển trách", null, LocalDate.of(2023, 10, 1));
        e1 = inspections.recordOutreach(communeParty, org.tiepdan.oversight.OutreachKind.CONFERENCE,
                LocalDate.of(2023, 2, 20), "Hội nghị quán triệt Quy định 11", "QĐ 11", 40, 45, List.of());
        e2 = inspections.recordOutreach(oldCommittee, org.tiepdan.oversight.OutreachKind.TRAINING,
                LocalDate.of(2023, 5, 5), "Tập huấn tiếp công dân", "QĐ 11", 20, 20, List.of());
        d1 = documents.register(new DocumentEntry(communeParty, "04-KH/ĐU", "KH", null, null,
                "Kế hoạch tiếp xúc, đối thoại năm 2023", "15/01/2023", null, Set.of("QĐ 11"))).id();
        // Handling an abuse of the right to petition needs its decision (here the register's first document).
        inspections.recordPetitionAbuse(communeParty, "Người thử", "Lợi dụng quyền tố cáo", "Cảnh cáo", d1,
                LocalDate.of(2023, 6, 6));
        d2 = documents.register(new DocumentEntry(communeParty, "05-TB/ĐU", "TB", null, null,
                "Thông báo tiếp công dân định kỳ tháng 3 năm 2023", "10/03/2023", null, Set.of("QĐ 11"))).id();
        d3 = documents.register(new DocumentEntry(communeParty, "06-TB/ĐU", "TB", null, null,
                "Thông báo tiếp công dân định kỳ tháng 4 năm 2023", "12/04/2023", null, Set.of("QĐ 11"))).id();
        // A document of the old commune dated after the commune was merged away: impossible.
        d4AfterClosure = jdbc.sql("""
                insert into issued_document (unit_id, issuer_kind, issuer_name, type_code, number_symbol, number_key, seq,
                  period_key, summary, issued_on, source)
                values (?, 'GOVERNMENT', 'UBND xã Cũ', 'TB', '15/TB-UBND', '15/TB-UBND', 15, 'Y2023',
                  'Thông báo sau sáp nhập', date '2023-08-01', 'MANUAL') returning id""")
                .param(oldCommune).query(Long.class).single();
        jdbc.sql("insert into issued_document_topic (document_id, topic) values (?, 'QĐ 11')").param(d4AfterClosure)
                .update();
    }

    private static long session(JdbcClient jdbc, long unit, String kind, String day) {
        return jdbc.sql("insert into reception_session (unit_id, kind, session_date, place) values (?, ?, ?::date, "
                + "'Phòng tiếp công dân') returning id").params(unit, kind, day).query(Long.class).single();
    }

    private static void host(JdbcClient jdbc, long session, Long unit, String role, String capacity, String authorisation) {
        int position = jdbc.sql("select count(*) from reception_session_host where session_id = ?").param(session)
                .query(Integer.class).single();
        jdbc.sql("insert into reception_session_host (session_id, position, host_unit_id, host_role, capacity, "
                + "person_name, authorisation_ref) values (?, ?, ?, ?, ?, 'Người chủ trì', ?)")
                .params(session, position, unit, role, capacity, authorisation).update();
    }

    private static long visit(JdbcClient jdbc, long session, long unit, String day, boolean delegation, int headcount,
            boolean complex, String outcome, String ground, Long matter) {
        return jdbc.sql("""
                insert into reception_visit (session_id, unit_id, visit_date, citizen_name, delegation, headcount,
                  representatives, content, field_code, complex, mass, outcome, refusal_ground, matter_of_visit_id)
                values (?, ?, ?::date, 'Công dân thử', ?, ?, ?, 'Nội dung thử', 'LAND', ?, ?, ?, ?, ?) returning id""")
                .params(session, unit, day, delegation, headcount, delegation ? "Đại diện A" : null, complex, delegation,
                        outcome, ground, matter)
                .query(Long.class).single();
    }

    private static long kase(JdbcClient jdbc, long unit, String competence, String received, String settled,
            Boolean onTime, String reopened, String outcome, String directed, boolean degradation, boolean mass) {
        return jdbc.sql("""
                insert into petition_case (unit_id, title, competence, received_on, settled_on, settled_on_time,
                  reopened_on, outcome, direction_issued_on, degradation_related, mass)
                values (?, 'Vụ việc thử', ?, ?::date, ?::date, ?, ?::date, ?, ?::date, ?, ?) returning id""")
                .params(unit, competence, received, settled, onTime, reopened, outcome, directed, degradation, mass)
                .query(Long.class).single();
    }

    private static int seq;

    private long petition(JdbcClient jdbc, long unit, long kase, String received, String kind, String competence,
            String state, String outcome, String settled, String channel) {
        int n = ++seq;
        return jdbc.sql("""
                insert into petition (unit_id, case_id, registration_year, registration_seq, registration_number,
                  tracking_code, channel, received_on, content, kind, competence, state, outcome, settled_on,
                  settled_on_time)
                values (?, ?, 2023, ?, ?, ?, ?, ?::date, 'Nội dung đơn thử', ?, ?, ?, ?, ?::date, ?) returning id""")
                .params(unit, kase, n, n + "/2023", (tag + "TRACK" + n + "XXXXXX").substring(0, 16), channel, received,
                        kind, competence, state, outcome, settled, settled == null ? null : Boolean.TRUE)
                .query(Long.class).single();
    }

    private static void event(JdbcClient jdbc, long petition, String action, String toState, String day, String number) {
        jdbc.sql("insert into petition_event (petition_id, position, action, to_state, acted_on, document_number, "
                + "document_date) values (?, 1, ?, ?, ?::date, ?, ?::date)")
                .params(petition, action, toState, day, number, day).update();
    }

    private static long deadline(JdbcClient jdbc, long petition, String rule, String start, String due, boolean active,
            String met) {
        return jdbc.sql("insert into petition_deadline (petition_id, position, rule_code, variant, start_on, due, active, "
                + "met_on, explanation) values (?, 0, ?, 'NORMAL', ?::date, ?::date, ?, ?::date, 'thử') returning id")
                .params(petition, rule, start, due, active, met).query(Long.class).single();
    }
}
