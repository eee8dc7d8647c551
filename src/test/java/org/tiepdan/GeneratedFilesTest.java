package org.tiepdan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.tiepdan.account.Accounts;
import org.tiepdan.account.Role;
import org.tiepdan.org.OrgUnitKind;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.OoxmlChecks;

/**
 * Every Word and Excel file the application hands out, downloaded as a user would on the demo
 * data, opened by a strict reader: each .docx validates against the OOXML schemas and has what
 * python-docx needs in its tables; each .xlsx stores the value of every formula (a viewer that does
 * not recalculate shows the totals). The generators: petition notices (staff and public copies),
 * decisions with their legal content and the case documents,
 * dialogue documents, reception receipts, minutes and logbook, the published schedule's notice,
 * the documents register, every report, the work plan and the history import template.
 */
@FullStackTest
class GeneratedFilesTest {

    static final String FROM = "2019-01-01";
    static final String TO = "2026-12-31";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OrgUnits units;
    @Autowired
    Accounts accounts;
    @Autowired
    UserDetailsService users;

    String officer;
    long province;
    long commune;
    List<Long> bodies;

    /** One officer with every working role over the demo province, so that each file is one request away. */
    @BeforeEach
    void officer() {
        province = units.findAreaByCode("42").orElseThrow().id();
        commune = units.findAreaByCode("18844").orElseThrow().id();
        bodies = units.children(commune).stream().filter(u -> !u.kind().isArea() && u.isOpen())
                .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE || u.kind() == OrgUnitKind.PEOPLES_COMMITTEE)
                .map(OrgUnitView::id).toList();
        officer = "tepfiles" + System.nanoTime();
        long id = accounts.createUser(officer, "Cán Bộ Kiểm Tệp", "MatKhau2026", Role.HEAD, province);
        for (Role r : List.of(Role.ADMIN, Role.RECEPTION_OFFICER, Role.HANDLER, Role.INSPECTOR, Role.REPORTER,
                Role.VIEWER)) {
            accounts.grant(id, r, province);
        }
    }

    RequestPostProcessor me() {
        return user(users.loadUserByUsername(officer));
    }

    byte[] download(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(me())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    Map<String, byte[]> wordFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        // Petition notices: one per step and holding body (Party committee and People's Committee).
        jdbc.sql("""
                select distinct on (e.action, p.unit_id) p.id, e.id, e.action from petition_event e
                join petition p on p.id = e.petition_id where e.notice order by e.action, p.unit_id, e.id""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2)}).list()
                .forEach(ids -> put(files, "petition notice " + ids[0] + "/" + ids[1],
                        () -> download(get("/petitions/" + ids[0] + "/events/" + ids[1] + "/notice"))));
        // Decisions with their legal content and the case's working documents (issue 21): one
        // complaint (the demo's with a full decision content) and one denunciation.
        for (Object[] p : jdbc.sql("""
                (select p.id, p.kind from petition p join petition_decision_content c on c.petition_id = p.id
                 where p.kind = 'COMPLAINT' order by p.id limit 1)
                union all
                (select id, kind from petition where kind = 'DENUNCIATION' order by id limit 1)""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).list()) {
            put(files, "decision " + p[0], () -> download(get("/petitions/" + p[0] + "/decision.docx")));
            List<String> docs = "COMPLAINT".equals(p[1])
                    ? List.of("verification-decision", "dialogue-record", "oral-record", "refusal-notice",
                            "handling-proposal")
                    : List.of("denunciation-acceptance", "verification-decision", "oral-record", "refusal-notice",
                            "handling-proposal");
            for (String d : docs) {
                put(files, d + " " + p[0], () -> download(get("/petitions/" + p[0] + "/documents/" + d)));
            }
        }
        // The copy a petitioner downloads on the public site.
        for (Long event : jdbc.sql("""
                select e.id from petition_event e join petition p on p.id = e.petition_id
                where e.notice and p.tracking_code = 'PHANANH2026A' order by e.id""").query(Long.class).list()) {
            put(files, "public notice " + event, () -> mvc.perform(post("/public/tracking/notices/" + event)
                            .param("code", "PHANANH2026A").with(csrf()).with(r -> {
                                r.setRemoteAddr("10.19.0." + (event % 250));
                                return r;
                            }))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        }
        // Dialogue documents, as stored when issued.
        jdbc.sql("""
                select d.dialogue_id, d.issued_document_id, d.kind from dialogue_document d
                join dialogue_document_file f on f.issued_document_id = d.issued_document_id
                union all
                select a.dialogue_id, a.escalation_document_id, 'ESCALATION' from dialogue_assignment a
                join dialogue_document_file f on f.issued_document_id = a.escalation_document_id
                order by 1, 2""")
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getLong(2), rs.getString(3)}).list()
                .forEach(d -> put(files, "dialogue " + d[2] + " " + d[1],
                        () -> download(get("/dialogues/" + d[0] + "/files/" + d[1]))));
        // Reception: receipts, minutes, the logbook, the published schedule's notice.
        jdbc.sql("select id from reception_visit order by id limit 3").query(Long.class).list()
                .forEach(v -> put(files, "receipt " + v, () -> download(get("/reception/visits/" + v + "/receipt.docx"))));
        jdbc.sql("select id from reception_session order by id limit 3").query(Long.class).list()
                .forEach(s -> put(files, "minutes " + s,
                        () -> download(get("/reception/sessions/" + s + "/minutes.docx"))));
        for (long body : bodies) {
            put(files, "logbook " + body, () -> download(get("/reception/logbook.docx").param("unitId", "" + body)
                    .param("from", FROM).param("to", TO)));
        }
        jdbc.sql("select id from reception_schedule where published order by id").query(Long.class).list()
                .forEach(s -> put(files, "schedule notice " + s,
                        () -> download(get("/public/reception-schedules/" + s + "/notice.docx"))));
        // The documents register, every report, the work plans.
        for (long unit : List.of(commune, bodies.get(0))) {
            put(files, "register " + unit, () -> download(get("/documents/register.docx").param("unit", "" + unit)
                    .param("from", "01/01/2019").param("to", "31/12/2026")));
        }
        for (String code : List.of("appendix-1", "appendix-2", "appendix-3", "document-register", "periodic",
                "outline")) {
            put(files, "report " + code, () -> download(report(code, "docx")));
        }
        jdbc.sql("select id from work_plan order by id").query(Long.class).list()
                .forEach(p -> put(files, "plan " + p, () -> download(get("/plans/" + p + "/plan.docx"))));
        return files;
    }

    Map<String, byte[]> excelFiles() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String code : List.of("appendix-1", "appendix-2", "appendix-3", "document-register", "periodic",
                "outline")) {
            put(files, "report " + code, () -> download(report(code, "xlsx")));
        }
        put(files, "report appendix-2 province", () -> download(get("/api/v1/reports/appendix-2")
                .param("unit", "" + province).param("from", FROM).param("to", TO).param("format", "xlsx")));
        put(files, "register", () -> download(get("/documents/register.xlsx").param("unit", "" + commune)
                .param("from", "01/01/2019").param("to", "31/12/2026")));
        for (long body : bodies) {
            put(files, "logbook " + body, () -> download(get("/reception/logbook.xlsx").param("unitId", "" + body)
                    .param("from", FROM).param("to", TO)));
        }
        put(files, "history template", () -> download(get("/imports/template").param("unit", "" + bodies.get(0))));
        return files;
    }

    MockHttpServletRequestBuilder report(String code, String format) {
        return get("/api/v1/reports/" + code).param("unit", "" + commune).param("from", FROM).param("to", TO)
                .param("format", format);
    }

    interface Download {
        byte[] get() throws Exception;
    }

    /**
     * Keeps the file; with {@code -Dtiepdan.files.dump=<folder>} also writes it there, for a look with
     * other readers (docs/files.md: python-docx).
     */
    static void put(Map<String, byte[]> files, String name, Download download) {
        try {
            byte[] bytes = download.get();
            files.put(name, bytes);
            String dump = System.getProperty("tiepdan.files.dump");
            if (dump != null && !dump.isBlank()) {
                Path folder = Files.createDirectories(Path.of(dump));
                String ext = bytes.length > 0 && new String(bytes, 0, Math.min(bytes.length, 2000),
                        java.nio.charset.StandardCharsets.ISO_8859_1).contains("word/") ? ".docx" : ".xlsx";
                Files.write(folder.resolve(name.replaceAll("[^A-Za-z0-9-]+", "_") + ext), bytes);
            }
        } catch (Exception e) {
            throw new AssertionError(name + ": " + e, e);
        }
    }

    @Test
    void everyWordFileValidatesAgainstTheSchemaAndOpensInAStrictReader() throws Exception {
        Map<String, byte[]> files = wordFiles();
        assertThat(files.keySet()).anyMatch(k -> k.startsWith("petition notice"))
                .anyMatch(k -> k.startsWith("public notice")).anyMatch(k -> k.startsWith("dialogue"))
                .anyMatch(k -> k.startsWith("receipt")).anyMatch(k -> k.startsWith("minutes"))
                .anyMatch(k -> k.startsWith("logbook")).anyMatch(k -> k.startsWith("schedule notice"))
                .anyMatch(k -> k.startsWith("register")).anyMatch(k -> k.startsWith("plan"))
                .contains("report outline", "report periodic");
        Map<String, List<String>> problems = new LinkedHashMap<>();
        files.forEach((name, bytes) -> {
            List<String> found = OoxmlChecks.docxProblems(bytes);
            if (!found.isEmpty()) {
                problems.put(name, found.subList(0, Math.min(5, found.size())));
            }
        });
        assertThat(problems).isEmpty();

        // Every Party document of the demo (the commune's Đảng ủy) has HD 36's heading.
        int party = 0;
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(f.getValue()))) {
                XWPFTable head = doc.getTables().get(0);
                if (!head.getRow(0).getCell(1).getText().contains("ĐẢNG CỘNG SẢN VIỆT NAM")) {
                    continue;
                }
                party++;
                List<String> left = head.getRow(0).getCell(0).getParagraphs().stream()
                        .flatMap(p -> Arrays.stream(p.getText().split("\n"))).map(String::strip)
                        .filter(l -> !l.isEmpty()).toList();
                assertThat(left).as(f.getKey()).startsWith("ĐẢNG BỘ TỈNH HÀ TĨNH", "ĐẢNG ỦY XÃ KỲ THƯỢNG", "*");
                assertThat(left.subList(3, left.size())).as(f.getKey()).allMatch(l -> l.startsWith("Số ")
                        && !l.startsWith("Số:"));
            }
        }
        assertThat(party).as("Party documents among the files").isPositive();
    }

    /** The number line of a report is left blank in the issuer's own form; a territory has no symbol. */
    @Test
    void aReportsNumberLineIsTheBlankFormOfItsIssuer() throws Exception {
        long party = units.children(commune).stream().filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE && u.isOpen())
                .findFirst().orElseThrow().id();
        Map<Long, String> expected = Map.of(commune, "Số:       /BC", party, "Số       -BC/ĐU");
        for (Map.Entry<Long, String> e : expected.entrySet()) {
            byte[] bytes = download(get("/api/v1/reports/periodic").param("unit", "" + e.getKey()).param("from", FROM)
                    .param("to", TO).param("format", "docx"));
            try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
                assertThat(doc.getTables().get(0).getRow(0).getCell(0).getParagraphs().stream()
                        .map(p -> p.getText()).toList()).as("unit " + e.getKey()).contains(e.getValue());
            }
        }
    }

    @Test
    void everyExcelFileStoresTheValueOfEveryFormula() throws Exception {
        Map<String, byte[]> files = excelFiles();
        int formulas = 0;
        Map<String, List<String>> problems = new LinkedHashMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            formulas += OoxmlChecks.formulaCount(f.getValue());
            List<String> found = OoxmlChecks.xlsxProblems(f.getValue());
            if (!found.isEmpty()) {
                problems.put(f.getKey(), found.subList(0, Math.min(5, found.size())));
            }
        }
        assertThat(formulas).as("the reports' totals are formulas").isPositive();
        assertThat(problems).isEmpty();
    }
}
