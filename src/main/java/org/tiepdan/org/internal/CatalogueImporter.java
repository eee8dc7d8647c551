package org.tiepdan.org.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reconciles the territories (ADMINISTRATIVE_AREA units) with a catalogue file by GSO code: adds
 * the new ones from the effective date, renames changed names, moves communes to another province,
 * and closes (the day before the effective date) open territories missing from the file.
 * Territories without a code (historical ones entered by hand) are left alone.
 */
@Service
public class CatalogueImporter {

    /** The catalogue shipped with the application: after the reform of 1 July 2025. */
    public static final String SHIPPED = "catalogue/admin-units-2026.json";
    public static final LocalDate SHIPPED_EFFECTIVE_ON = LocalDate.of(2025, 7, 1);
    /** Key of the PostgreSQL advisory lock that serialises imports between nodes. */
    static final long LOCK_KEY = 0x7469_6570_6461_6e01L;

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final JsonMapper json;
    private final AuditLog audit;

    CatalogueImporter(JdbcClient jdbc, JdbcTemplate jdbcTemplate, JsonMapper json, AuditLog audit) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.json = json;
        this.audit = audit;
    }

    /** Reads the shipped catalogue. */
    byte[] shipped() {
        try (InputStream in = new ClassPathResource(SHIPPED).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read " + SHIPPED, e);
        }
    }

    /** Parses and checks a catalogue file; an INVALID {@link DomainException} on field "file" when broken. */
    List<CatalogueFile.Entry> parse(byte[] content) {
        List<CatalogueFile.Entry> provinces;
        try {
            provinces = json.readValue(content, new TypeReference<List<CatalogueFile.Entry>>() { });
        } catch (JacksonException e) {
            throw DomainException.invalid("org-catalogue-unreadable", "file");
        }
        if (provinces == null || provinces.isEmpty()) {
            throw DomainException.invalid("org-catalogue-empty", "file");
        }
        Set<String> codes = new HashSet<>();
        for (CatalogueFile.Entry province : provinces) {
            check(province, codes);
            for (CatalogueFile.Entry commune : province.communes()) {
                check(commune, codes);
            }
        }
        return provinces;
    }

    private static void check(CatalogueFile.Entry entry, Set<String> codes) {
        if (entry == null || entry.code() == null || entry.code().isBlank() || entry.displayName().isEmpty()) {
            throw DomainException.invalid("org-catalogue-entry-incomplete", "file");
        }
        if (entry.code().strip().length() > OrgUnit.CODE_MAX || entry.displayName().length() > OrgUnit.NAME_MAX) {
            throw DomainException.invalid("org-catalogue-entry-too-long", "file", entry.code());
        }
        if (!codes.add(entry.code().strip())) {
            throw DomainException.invalid("org-catalogue-duplicate-code", "file", entry.code());
        }
    }

    /** Imports the file in the caller's transaction (or a new one) and audits it with its SHA-256. */
    @Transactional
    public CatalogueReport importCatalogue(byte[] content, LocalDate effectiveOn, String source) {
        if (effectiveOn == null) {
            throw DomainException.invalid("org-catalogue-date-required", "effectiveOn");
        }
        List<CatalogueFile.Entry> provinces = parse(content);
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
        CatalogueReport report = reconcile(provinces, effectiveOn, sha256(content));
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("source", source == null ? "" : source);
        summary.put("sha256", report.sha256());
        summary.put("effectiveOn", effectiveOn);
        summary.put("added", report.added().size());
        summary.put("renamed", report.renamed().size());
        summary.put("moved", report.moved().size());
        summary.put("closed", report.closed().size());
        audit.record(AuditAction.IMPORT, "OrgUnitCatalogue", report.sha256().substring(0, 16), null, summary);
        return report;
    }

    /** Imports the shipped catalogue when no territory exists yet; false when there was one already. */
    @Transactional
    public boolean importShippedIfEmpty() {
        jdbc.sql("select pg_advisory_xact_lock(?)").param(LOCK_KEY).query().singleRow();
        boolean any = jdbc.sql("select exists (select 1 from org_unit where kind = 'ADMINISTRATIVE_AREA')")
                .query(Boolean.class).single();
        if (any) {
            return false;
        }
        importCatalogue(shipped(), SHIPPED_EFFECTIVE_ON, SHIPPED);
        return true;
    }

    private record Existing(long id, String code, String name, Long parentId, LocalDate validFrom,
            LocalDate validTo) {
    }

    private CatalogueReport reconcile(List<CatalogueFile.Entry> provinces, LocalDate effectiveOn, String sha) {
        Map<String, Existing> existing = loadExisting();
        List<CatalogueReport.Change> added = new ArrayList<>();
        List<CatalogueReport.Change> renamed = new ArrayList<>();
        List<CatalogueReport.Change> moved = new ArrayList<>();
        List<CatalogueReport.Change> closed = new ArrayList<>();
        Set<String> inFile = new HashSet<>();
        int communeCount = 0;

        List<Object[]> newProvinces = new ArrayList<>();
        for (CatalogueFile.Entry province : provinces) {
            String code = province.code().strip();
            inFile.add(code);
            Existing row = existing.get(code);
            if (row == null) {
                newProvinces.add(new Object[] {"PROVINCE", province.displayName(), code, null, effectiveOn});
                added.add(new CatalogueReport.Change(code, province.displayName(), null));
            } else {
                reconcileExisting(row, province.displayName(), null, effectiveOn, added, renamed, moved);
            }
        }
        insert(newProvinces);
        Map<String, Long> provinceIds = new HashMap<>();
        if (!newProvinces.isEmpty()) {
            existing = loadExisting();
        }
        for (CatalogueFile.Entry province : provinces) {
            provinceIds.put(province.code().strip(), existing.get(province.code().strip()).id());
        }

        List<Object[]> newCommunes = new ArrayList<>();
        for (CatalogueFile.Entry province : provinces) {
            Long parentId = provinceIds.get(province.code().strip());
            for (CatalogueFile.Entry commune : province.communes()) {
                communeCount++;
                String code = commune.code().strip();
                inFile.add(code);
                Existing row = existing.get(code);
                if (row == null) {
                    newCommunes.add(new Object[] {"COMMUNE", commune.displayName(), code, parentId, effectiveOn});
                    added.add(new CatalogueReport.Change(code, commune.displayName(), null));
                } else {
                    reconcileExisting(row, commune.displayName(), parentId, effectiveOn, added, renamed, moved);
                }
            }
        }
        insert(newCommunes);

        LocalDate lastDay = effectiveOn.minusDays(1);
        for (Existing row : existing.values()) {
            if (row.validTo() == null && !inFile.contains(row.code())) {
                LocalDate closeOn = lastDay.isBefore(row.validFrom()) ? row.validFrom() : lastDay;
                jdbc.sql("update org_unit set valid_to = ?, version = version + 1 where id = ?")
                        .params(closeOn, row.id()).update();
                closed.add(new CatalogueReport.Change(row.code(), row.name(), null));
            }
        }
        return new CatalogueReport(sha, provinces.size(), communeCount, List.copyOf(added), List.copyOf(renamed),
                List.copyOf(moved), List.copyOf(closed));
    }

    private void reconcileExisting(Existing row, String name, Long parentId, LocalDate effectiveOn,
            List<CatalogueReport.Change> added, List<CatalogueReport.Change> renamed,
            List<CatalogueReport.Change> moved) {
        if (row.validTo() != null) {
            // A code that comes back (a territory re-established) reopens the old unit.
            jdbc.sql("update org_unit set valid_to = null, successor_id = null, name = ?, parent_id = ?, "
                    + "version = version + 1 where id = ?").params(name, parentId, row.id()).update();
            added.add(new CatalogueReport.Change(row.code(), name, row.name()));
            return;
        }
        if (!Objects.equals(row.name(), name)) {
            jdbc.sql("update org_unit set name = ?, version = version + 1 where id = ?").params(name, row.id())
                    .update();
            renamed.add(new CatalogueReport.Change(row.code(), name, row.name()));
        }
        if (!Objects.equals(row.parentId(), parentId)) {
            jdbc.sql("update org_unit set parent_id = ?, version = version + 1 where id = ?")
                    .params(parentId, row.id()).update();
            moved.add(new CatalogueReport.Change(row.code(), name, null));
        }
    }

    private Map<String, Existing> loadExisting() {
        Map<String, Existing> map = new LinkedHashMap<>();
        jdbc.sql("select id, code, name, parent_id, valid_from, valid_to from org_unit "
                + "where kind = 'ADMINISTRATIVE_AREA' and code is not null order by code")
                .query((rs, i) -> new Existing(rs.getLong("id"), rs.getString("code"), rs.getString("name"),
                        rs.getObject("parent_id", Long.class), rs.getObject("valid_from", LocalDate.class),
                        rs.getObject("valid_to", LocalDate.class)))
                .list().forEach(e -> map.put(e.code(), e));
        return map;
    }

    private void insert(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbcTemplate.batchUpdate("insert into org_unit (kind, tier, name, code, parent_id, valid_from) "
                + "values ('ADMINISTRATIVE_AREA', ?, ?, ?, ?, ?)", rows, 500, (PreparedStatement ps, Object[] row) -> {
                    ps.setString(1, (String) row[0]);
                    ps.setString(2, (String) row[1]);
                    ps.setString(3, (String) row[2]);
                    ps.setObject(4, row[3], java.sql.Types.BIGINT);
                    ps.setObject(5, row[4]);
                });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
