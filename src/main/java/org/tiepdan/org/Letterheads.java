package org.tiepdan.org;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.OfficialDocx.Letterhead;

/**
 * The top block of a unit's documents, by the rules of Nghị định 30/2020/NĐ-CP (State bodies: the
 * body, the national motto, "Số: 12/TB-UBND") and Hướng dẫn 36-HD/VPTW (Party committees: the
 * superior Party organisation above the committee, then "*", the heading "ĐẢNG CỘNG SẢN VIỆT NAM",
 * "Số 12-TB/ĐU" without a colon). The place of the date line is the territory without its prefix
 * ("Kỳ Thượng, ngày 05 tháng 3 năm 2026").
 *
 * <p>A Party committee's superior line names the <em>Đảng bộ</em> one level up, never a committee:
 * HD 36 writes "ĐẢNG BỘ TỈNH HÀ TĨNH / ĐẢNG ỦY XÃ KỲ THƯỢNG" for a commune, "ĐẢNG BỘ TỈNH … / HUYỆN ỦY
 * …" for a former district, and a provincial committee ("TỈNH ỦY HÀ TĨNH") answers to the Central
 * Committee and has no line above it. The names come from the org tree: the territory above the
 * committee's own, or the committee a committee sits under.
 */
@Component
public class Letterheads {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private final OrgUnits units;
    private final MessageSource messages;

    Letterheads(OrgUnits units, MessageSource messages) {
        this.units = units;
        this.messages = messages;
    }

    /**
     * The letterhead of {@code unitId} with the date line of {@code date} (none when null). {@code number}
     * is the bare number and symbol ("12-TB/ĐU", "12/TB-UBND", a blank form from the document register,
     * or null for none): the "Số" label differs between Party and State documents, so it is written here.
     */
    public Letterhead of(long unitId, String number, LocalDate date) {
        OrgUnitView unit = units.get(unitId);
        boolean party = unit.kind() == OrgUnitKind.PARTY_COMMITTEE;
        String placeDate = date == null ? null : placeDate(unitId, date);
        String numberLine = number == null || number.isBlank() ? null
                : msg(party ? "doc.number.party" : "doc.number.state", number);
        if (party) {
            return new Letterhead(partySuperior(unit).orElse(null), unit.name(), numberLine, msg("doc.motto.party"),
                    null, placeDate);
        }
        return new Letterhead(stateSuperior(unit).orElse(null), unit.name(), numberLine, msg("doc.motto.state1"),
                msg("doc.motto.state2"), placeDate);
    }

    /**
     * "Kỳ Thượng, ngày 05 tháng 3 năm 2026": NĐ 30/2020 writes a zero before days under 10 and
     * months under 3 (so that "tháng 1" cannot be altered into "tháng 11"), nowhere else.
     */
    public String placeDate(long unitId, LocalDate date) {
        int month = date.getMonthValue();
        return msg("doc.place-date", place(unitId), String.format("%02d", date.getDayOfMonth()),
                month < 3 ? String.format("%02d", month) : String.valueOf(month), String.valueOf(date.getYear()));
    }

    /** The territory's name without "Xã", "Phường", "Tỉnh", … */
    public String place(long unitId) {
        var path = units.path(unitId);
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).kind().isArea()) {
                return path.get(i).name()
                        .replaceFirst("(?iu)^(xã|phường|đặc khu|thị trấn|tỉnh|thành phố|huyện|quận|thị xã)\\s+", "");
            }
        }
        return unit(unitId).name();
    }

    /**
     * The Party organisation directly above a committee: under another committee, that committee's
     * own organisation; in a territory, the organisation of the territory above ("Đảng bộ tỉnh Hà
     * Tĩnh" for a commune); none for a province, whose superior is the Central Committee.
     */
    Optional<String> partySuperior(OrgUnitView unit) {
        if (unit.parentId() == null) {
            return Optional.empty();
        }
        OrgUnitView parent = units.get(unit.parentId());
        if (parent.kind() == OrgUnitKind.PARTY_COMMITTEE) {
            return Optional.of(partyOrganisation(parent));
        }
        return area(unit).flatMap(this::areaAbove).map(this::organisationOf);
    }

    /** The Đảng bộ a committee leads: the one of its territory, else its own name with "Đảng ủy" made "Đảng bộ". */
    private String partyOrganisation(OrgUnitView committee) {
        OrgUnitView parent = committee.parentId() == null ? null : units.get(committee.parentId());
        if (parent != null && parent.kind().isArea()) {
            return organisationOf(parent);
        }
        return msg("doc.party-organisation", committee.name().replaceFirst("(?iu)^(đảng ủy|đảng uỷ)\\s+", ""));
    }

    /** "Đảng bộ tỉnh Hà Tĩnh": the territory's name as it reads inside a sentence. */
    private String organisationOf(OrgUnitView area) {
        String name = area.name();
        return msg("doc.party-organisation", name.isEmpty() ? name : name.substring(0, 1).toLowerCase(VI) + name.substring(1));
    }

    private Optional<OrgUnitView> areaAbove(OrgUnitView area) {
        Long id = area.parentId();
        while (id != null) {
            OrgUnitView u = units.get(id);
            if (u.kind().isArea()) {
                return Optional.of(u);
            }
            id = u.parentId();
        }
        return Optional.empty();
    }

    /** A department or inspectorate names the People's Committee above it; a People's Committee names none. */
    private Optional<String> stateSuperior(OrgUnitView unit) {
        if (unit.kind() != OrgUnitKind.DEPARTMENT && unit.kind() != OrgUnitKind.INSPECTORATE) {
            return Optional.empty();
        }
        return area(unit).flatMap(a -> units.children(a.id()).stream()
                .filter(u -> u.kind() == OrgUnitKind.PEOPLES_COMMITTEE && u.isOpen()).findFirst())
                .map(OrgUnitView::name);
    }

    private Optional<OrgUnitView> area(OrgUnitView unit) {
        var path = units.path(unit.id());
        for (int i = path.size() - 1; i >= 0; i--) {
            if (path.get(i).kind().isArea()) {
                return Optional.of(path.get(i));
            }
        }
        return Optional.empty();
    }

    private OrgUnitView unit(long id) {
        return units.get(id);
    }

    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, VI);
    }
}
