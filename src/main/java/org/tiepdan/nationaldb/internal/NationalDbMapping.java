package org.tiepdan.nationaldb.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.identity.SealedPerson;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.org.OrgUnitHierarchy;

/**
 * The one place where our records are mapped to the data groups of NĐ 55/2022 Art. 6 (the mapping
 * documented in docs/national-db.md, versioned by {@link #SCHEMA_VERSION}). The exchange format of
 * the national database is not public: the field names and codes are ours, and the mapping is an
 * unvalidated draft until the data dictionary is known. Each item carries our {@code id}, its
 * {@code type} and its {@code dataGroup}.
 *
 * <p>A denouncer appears by pseudonym only: a sealed visit or petition (a denunciation, or one
 * declared so online) gives the pseudonyms of its sealed people and nothing else of them. The
 * identity itself never leaves through this mapping.
 */
@Component
@Transactional(readOnly = true)
class NationalDbMapping {

    /**
     * 0.2: petitions carry {@code newMatter}; a destination's {@code category} is the one the step
     * recorded (null when not recorded) instead of one guessed from the unit's kind or "OTHER".
     */
    static final String SCHEMA_VERSION = "tiepdan-nd55-2022/0.2-unvalidated";

    /** The record types of the outbox and of the export's lists, with their Art. 6 data group. */
    enum RecordType {
        RECEPTION("TIEP_CONG_DAN"),
        PETITION("XU_LY_DON"),
        COMPLAINT("GIAI_QUYET_KHIEU_NAI"),
        DENUNCIATION("GIAI_QUYET_TO_CAO"),
        RECOMMENDATION("XU_LY_KIEN_NGHI_PHAN_ANH");

        final String dataGroup;

        RecordType(String dataGroup) {
            this.dataGroup = dataGroup;
        }
    }

    private final JdbcClient jdbc;
    private final OrgUnitHierarchy hierarchy;
    private final IdentityVault vault;

    NationalDbMapping(JdbcClient jdbc, OrgUnitHierarchy hierarchy, IdentityVault vault) {
        this.jdbc = jdbc;
        this.hierarchy = hierarchy;
        this.vault = vault;
    }

    /** The export of a unit and its subtree over a window: the shape, every list in id order. */
    Map<String, Object> export(long unitId, String unitName, LocalDate from, LocalDate to) {
        List<Long> units = hierarchy.subtreeWithPredecessors(unitId);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("schemaVersion", SCHEMA_VERSION);
        out.put("unit", Map.of("id", unitId, "name", unitName));
        out.put("from", from);
        out.put("to", to);
        List<Long> visits = jdbc.sql("select id from reception_visit where unit_id in (:units) "
                + "and visit_date between :from and :to order by id").param("units", units).param("from", from)
                .param("to", to).query(Long.class).list();
        List<Map<String, Object>> petitions = new ArrayList<>();
        List<Map<String, Object>> complaints = new ArrayList<>();
        List<Map<String, Object>> denunciations = new ArrayList<>();
        List<Map<String, Object>> recommendations = new ArrayList<>();
        for (Long id : jdbc.sql("select id from petition where unit_id in (:units) "
                + "and received_on between :from and :to order by id").param("units", units).param("from", from)
                .param("to", to).query(Long.class).list()) {
            item(RecordType.PETITION, id).ifPresent(petitions::add);
            item(RecordType.COMPLAINT, id).ifPresent(complaints::add);
            item(RecordType.DENUNCIATION, id).ifPresent(denunciations::add);
            item(RecordType.RECOMMENDATION, id).ifPresent(recommendations::add);
        }
        out.put("receptions", visits.stream().map(id -> item(RecordType.RECEPTION, id)).flatMap(Optional::stream)
                .toList());
        out.put("petitions", petitions);
        out.put("complaints", complaints);
        out.put("denunciations", denunciations);
        out.put("recommendations", recommendations);
        return out;
    }

    /** One record mapped to its data group; empty when it does not belong there (or no longer exists). */
    Optional<Map<String, Object>> item(RecordType type, long id) {
        return type == RecordType.RECEPTION ? visit(id) : petition(type, id);
    }

    private Optional<Map<String, Object>> visit(long id) {
        return jdbc.sql("""
                select v.id, v.unit_id, v.visit_date, v.citizen_name, v.hamlet, v.address_detail, a.name as commune,
                       v.delegation, v.headcount, v.content, v.field_code, v.matter_kind, v.new_matter, v.outcome,
                       v.refusal_ground, v.petition_id, v.denunciation, s.kind as session_kind
                  from reception_visit v join reception_session s on s.id = v.session_id
                  left join org_unit a on a.id = v.address_unit_id
                 where v.id = ?""").param(id).query((rs, i) -> {
                    Map<String, Object> m = head(RecordType.RECEPTION, rs.getLong("id"), rs.getLong("unit_id"));
                    m.put("receivedOn", rs.getObject("visit_date", LocalDate.class));
                    m.put("sessionKind", rs.getString("session_kind"));
                    if (rs.getBoolean("denunciation")) {
                        m.put("citizen", Map.of("pseudonym", pseudonyms(SubjectRef.visit(id)).get(0)));
                    } else {
                        Map<String, Object> citizen = new LinkedHashMap<>();
                        citizen.put("name", rs.getString("citizen_name"));
                        String detail = rs.getString("address_detail");
                        citizen.put("address", detail != null ? detail : join(rs.getString("hamlet"),
                                rs.getString("commune")));
                        m.put("citizen", citizen);
                    }
                    m.put("delegation", rs.getBoolean("delegation"));
                    m.put("headcount", rs.getInt("headcount"));
                    m.put("content", rs.getString("content"));
                    m.put("matterKind", matterKind(rs.getString("matter_kind")));
                    m.put("newMatter", rs.getObject("new_matter"));
                    putField(m, rs.getString("field_code"));
                    m.put("result", rs.getString("outcome"));
                    m.put("refusalGround", rs.getString("refusal_ground"));
                    m.put("petitionId", rs.getObject("petition_id"));
                    return m;
                }).list().stream().findFirst();
    }

    private Optional<Map<String, Object>> petition(RecordType type, long id) {
        return jdbc.sql("""
                select p.id, p.unit_id, p.registration_number, p.received_on, p.channel, p.kind, p.declared_kind,
                       p.field, p.eligible, p.ineligibility_reason, p.competence, p.state, p.round, p.outcome,
                       p.reason, p.settled_on, p.settled_on_time, p.headcount, p.anonymous, p.content,
                       p.target_unit_id, t.name as target_name, p.external_body, p.destination_category,
                       p.new_matter
                  from petition p left join org_unit t on t.id = p.target_unit_id
                 where p.id = ?""").param(id).query((rs, i) -> {
                    String kind = rs.getString("kind");
                    String competence = rs.getString("competence");
                    boolean belongs = switch (type) {
                        case PETITION -> true;
                        case COMPLAINT -> "COMPLAINT".equals(kind) && "RESOLVE".equals(competence);
                        case DENUNCIATION -> "DENUNCIATION".equals(kind) && "RESOLVE".equals(competence);
                        case RECOMMENDATION -> "RECOMMENDATION".equals(kind) || "FEEDBACK".equals(kind);
                        case RECEPTION -> false;
                    };
                    if (!belongs) {
                        return null;
                    }
                    Map<String, Object> m = head(type, rs.getLong("id"), rs.getLong("unit_id"));
                    m.put("registrationNumber", rs.getString("registration_number"));
                    m.put("receivedOn", rs.getObject("received_on", LocalDate.class));
                    m.put("petitionKind", kind == null ? null : matterKind(kind.equals("FEEDBACK")
                            ? "RECOMMENDATION" : kind));
                    boolean sealed = "DENUNCIATION".equals(kind) || "DENUNCIATION".equals(rs.getString("declared_kind"));
                    m.put("petitioners", sealed ? pseudonyms(SubjectRef.petition(id)).stream()
                            .map(p -> Map.of("pseudonym", p)).toList() : petitioners(id, rs.getBoolean("anonymous")));
                    m.put("headcount", rs.getInt("headcount"));
                    m.put("state", rs.getString("state"));
                    if (type == RecordType.PETITION) {
                        m.put("channel", rs.getString("channel"));
                        m.put("newMatter", rs.getObject("new_matter"));
                        putField(m, rs.getString("field"));
                        m.put("eligible", rs.getObject("eligible"));
                        m.put("ineligibilityReason", rs.getString("ineligibility_reason"));
                        m.put("withinCompetence", competence == null ? null : !"NONE".equals(competence));
                        m.put("competence", competence);
                        if ("NONE".equals(competence) || rs.getObject("target_unit_id") != null
                                || rs.getString("external_body") != null) {
                            Map<String, Object> dest = new LinkedHashMap<>();
                            dest.put("unitId", rs.getObject("target_unit_id"));
                            dest.put("name", rs.getString("target_name") != null ? rs.getString("target_name")
                                    : rs.getString("external_body"));
                            // As the transfer or guidance step recorded it (petition.DestinationCategory):
                            // null when not recorded (handed on before V176, or imported without it), never guessed.
                            dest.put("category", rs.getString("destination_category"));
                            m.put("destination", dest);
                        }
                    } else {
                        m.put("content", rs.getString("content"));
                        m.put("round", rs.getInt("round"));
                        m.put("outcome", rs.getString("outcome"));
                        m.put("reason", rs.getString("reason"));
                        m.put("settledOn", rs.getObject("settled_on", LocalDate.class));
                        m.put("settledOnTime", rs.getObject("settled_on_time"));
                        if (type == RecordType.COMPLAINT || type == RecordType.DENUNCIATION) {
                            m.put("results", results(id));
                        }
                    }
                    return m;
                }).list().stream().filter(java.util.Objects::nonNull).findFirst();
    }

    /**
     * The field as a node of the field tree ({@code field}) and its top-level node
     * ({@code fieldGroup}: ADMINISTRATIVE, JUDICIAL, PARTY, CORRUPTION, OTHER), the columns of the
     * statistical forms. Petitions still carry the old flat codes: an alias gives its node
     * ({@code LAND} → {@code ADM_LAND}); an unknown code goes as it is, without a group.
     */
    private void putField(Map<String, Object> m, String code) {
        if (code == null) {
            m.put("field", null);
            m.put("fieldGroup", null);
            return;
        }
        List<String[]> node = jdbc.sql("""
                with recursive up as (
                    select coalesce(f.alias_of, f.code) as node, coalesce(f.alias_of, f.code) as code, 0 as depth
                      from reception_field f where f.code = ?
                    union all
                    select up.node, p.parent_code, up.depth + 1 from up join reception_field p on p.code = up.code
                     where p.parent_code is not null)
                select node, code from up order by depth""").param(code)
                .query((rs, i) -> new String[] {rs.getString(1), rs.getString(2)}).list();
        m.put("field", node.isEmpty() ? code : node.get(0)[0]);
        m.put("fieldGroup", node.isEmpty() ? null : node.get(node.size() - 1)[1]);
    }

    /** What the tables ask of a resolved complaint or denunciation; null until recorded. */
    private Map<String, Object> results(long petitionId) {
        return jdbc.sql("""
                select money_to_state, money_to_citizens, land_to_state_m2, land_to_citizens_m2,
                       people_rights_restored, people_disciplined, cases_to_investigation
                  from petition_resolution_result where petition_id = ?""").param(petitionId).query((rs, i) -> {
                    Map<String, Object> r = new LinkedHashMap<>();
                    r.put("moneyToStateVnd", rs.getLong(1));
                    r.put("moneyToCitizensVnd", rs.getLong(2));
                    r.put("landToStateM2", rs.getBigDecimal(3));
                    r.put("landToCitizensM2", rs.getBigDecimal(4));
                    r.put("peopleRightsRestored", rs.getInt(5));
                    r.put("peopleDisciplined", rs.getInt(6));
                    r.put("casesToInvestigation", rs.getInt(7));
                    return r;
                }).list().stream().findFirst().orElse(null);
    }

    private List<Map<String, Object>> petitioners(long petitionId, boolean anonymous) {
        if (anonymous) {
            return List.of();
        }
        return jdbc.sql("select full_name, address from petitioner where petition_id = ? order by position")
                .param(petitionId).query((rs, i) -> {
                    Map<String, Object> p = new LinkedHashMap<>();
                    p.put("name", rs.getString("full_name"));
                    p.put("address", rs.getString("address"));
                    return p;
                }).list();
    }

    /**
     * The pseudonyms of a sealed record's people. Never the stored name: should a denunciation not be
     * sealed (yet), it still leaves under the first pseudonym.
     */
    private List<String> pseudonyms(SubjectRef subject) {
        List<String> names = vault.people(subject).stream().map(SealedPerson::pseudonym).toList();
        return names.isEmpty() ? List.of(vault.pseudonym(1)) : names;
    }

    private static Map<String, Object> head(RecordType type, long id, long unitId) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", type.name());
        m.put("dataGroup", type.dataGroup);
        m.put("unitId", unitId);
        return m;
    }

    /** Our matter kinds as the national database's kinds of petition (Art. 6): KN, TC, KNPA, mixed. */
    static String matterKind(String kind) {
        if (kind == null) {
            return null;
        }
        return switch (kind) {
            case "COMPLAINT" -> "KHIEU_NAI";
            case "DENUNCIATION" -> "TO_CAO";
            case "RECOMMENDATION", "FEEDBACK" -> "KIEN_NGHI_PHAN_ANH";
            case "MIXED" -> "NHIEU_NOI_DUNG";
            default -> kind;
        };
    }

    private static String join(String a, String b) {
        return String.join(", ", java.util.stream.Stream.of(a, b).filter(x -> x != null && !x.isBlank()).toList());
    }
}
