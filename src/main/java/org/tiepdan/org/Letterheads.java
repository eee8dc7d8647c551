package org.tiepdan.org;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.tiepdan.platform.OfficialDocx.Letterhead;

/**
 * The top block of a unit's documents, by the rules of Nghị định 30/2020/NĐ-CP (State bodies: the
 * body, the national motto) and Hướng dẫn 36-HD/VPTW (Party bodies: "ĐẢNG BỘ …" above the committee,
 * the motto "ĐẢNG CỘNG SẢN VIỆT NAM"). The place of the date line is the territory without its
 * prefix ("Kỳ Thượng, ngày 05 tháng 3 năm 2026").
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

    /** The letterhead of {@code unitId} with an optional number line and the date line of {@code date}. */
    public Letterhead of(long unitId, String number, LocalDate date) {
        OrgUnitView unit = units.get(unitId);
        boolean party = unit.kind() == OrgUnitKind.PARTY_COMMITTEE;
        String placeDate = date == null ? null : placeDate(unitId, date);
        if (party) {
            return new Letterhead(partySuperior(unit).orElse(null), unit.name(), number, msg("doc.motto.party"), null,
                    placeDate);
        }
        return new Letterhead(stateSuperior(unit).orElse(null), unit.name(), number, msg("doc.motto.state1"),
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

    /** A commune's Party committee sits under the province's Party organisation ("Đảng bộ Tỉnh Hà Tĩnh"). */
    private Optional<String> partySuperior(OrgUnitView unit) {
        return area(unit).flatMap(a -> Optional.ofNullable(a.parentId())).flatMap(units::find)
                .flatMap(higherArea -> units.children(higherArea.id()).stream()
                        .filter(u -> u.kind() == OrgUnitKind.PARTY_COMMITTEE && u.isOpen()).findFirst())
                .map(p -> msg("doc.party-organisation", p.name().replaceFirst("(?iu)^đảng ủy\\s+", "")));
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
