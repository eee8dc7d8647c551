package org.tiepdan.history.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.tiepdan.org.OrgUnitView;
import org.tiepdan.org.OrgUnits;
import org.tiepdan.platform.DemoDataContributor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo commune's history 2019–2023 brought in as another system would: a JSON bundle read by
 * the same reader, checked and written by the same import. Its figures are those the commune filled
 * in by hand in seed 004 (Phụ lục 2: 46 periodic sessions, 107 people received, 5 cases settled,
 * 1 still open at the end of 2023), so the reports for the QĐ 11 window are not empty.
 */
@Component
class HistoryDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(HistoryDemoData.class);
    static final String COMMUNE_CODE = "18844";
    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ"};
    private static final String[] MIDDLE = {"Văn", "Thị", "Đình", "Hữu", "Minh", "Ngọc"};
    private static final String[] GIVEN = {"An", "Bình", "Cường", "Dung", "Giang", "Hà", "Hải", "Hùng", "Lan", "Long",
        "Mai", "Nam", "Oanh", "Phúc", "Quang", "Sơn", "Tâm", "Thảo", "Uyên", "Vinh"};
    private static final String[] HAMLETS = {"Thôn Tân Hòa", "Thôn Đông Hà", "Thôn Kim Sơn", "Thôn Trường Sơn",
        "Thôn Hòa Bình", "Thôn Bắc Thượng", "Thôn Đồng Tiến"};
    private static final String[][] MATTERS = {
        {"LAND", "Hỏi thủ tục cấp giấy chứng nhận quyền sử dụng đất", "ANSWERED"},
        {"SOCIAL_POLICY", "Đề nghị xem xét chế độ hộ cận nghèo", "GUIDED"},
        {"CONSTRUCTION", "Kiến nghị sửa chữa đường bê tông nội thôn", "ANSWERED"},
        {"ENVIRONMENT", "Phản ánh rác thải tại khu dân cư chưa được thu gom", "ANSWERED"},
        {"ADMINISTRATION", "Phản ánh việc chứng thực tại bộ phận một cửa chậm", "ANSWERED"},
        {"JUSTICE", "Hỏi thủ tục đăng ký khai sinh quá hạn", "GUIDED"}};

    private final OrgUnits units;
    private final BundleJson bundles;
    private final HistoryImportService imports;

    HistoryDemoData(OrgUnits units, BundleJson bundles, HistoryImportService imports) {
        this.units = units;
        this.bundles = bundles;
        this.imports = imports;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public void contribute() {
        OrgUnitView commune = units.findAreaByCode(COMMUNE_CODE).orElse(null);
        if (commune == null) {
            log.info("Demo commune not found: no imported history");
            return;
        }
        String party = "Đảng ủy xã Kỳ Thượng";
        String ubnd = "Ủy ban nhân dân xã Kỳ Thượng";
        byte[] json = JsonMapper.builder().build().writeValueAsBytes(bundle(party, ubnd));
        long id = imports.importNow(commune.id(), "lich-su-ky-thuong-2019-2023.json", json, bundles.read(json));
        log.info("Demo history 2019-2023 of Xã Kỳ Thượng imported (import {})", id);
    }

    private static Map<String, Object> bundle(String party, String ubnd) {
        List<Map<String, Object>> sessions = new ArrayList<>();
        List<Map<String, Object>> visits = new ArrayList<>();
        int person = 0;
        int sessionNo = 0;
        for (int year = 2019; year <= 2023; year++) {
            for (int month = 3; month <= 12; month++) {
                if (year > 2019 && month == 7) {
                    continue;
                }
                sessionNo++;
                String key = "TD-" + year + "-" + String.format("%02d", month);
                LocalDate day = LocalDate.of(year, month, 15);
                while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
                    day = day.plusDays(1);
                }
                sessions.add(map("key", key, "unit", party, "kind", "PERIODIC", "date", day.toString(),
                        "place", "Phòng tiếp công dân, Trụ sở Đảng ủy - UBND xã Kỳ Thượng", "hostCapacity", "HEAD",
                        "hostUnit", party, "hostName", "Nguyễn Văn Bình", "host2Capacity", "HEAD", "host2Unit", ubnd,
                        "host2Name", "Lê Minh Tuấn"));
                // Two citizens a sitting, three in every third one: 107 people over the 46 sittings.
                int count = sessionNo % 3 == 0 ? 3 : 2;
                for (int v = 0; v < count; v++) {
                    String[] matter = MATTERS[person % MATTERS.length];
                    visits.add(map("key", key + "-" + (v + 1), "session", key, "citizenName", name(person),
                            "hamlet", HAMLETS[person % HAMLETS.length], "content", matter[1], "field", matter[0],
                            "outcome", matter[2]));
                    person++;
                }
            }
        }
        List<Map<String, Object>> petitions = new ArrayList<>();
        String[][] cases = {
            {"2019-05-06", "COMPLAINT", "LAND", "2019-05-14", "2019-06-10", "PARTLY_RIGHT",
                "Khiếu nại việc thu hồi đất làm đường liên thôn chưa bồi thường cây cối, hoa màu."},
            {"2020-08-03", "RECOMMENDATION", "CONSTRUCTION", "2020-08-07", "2020-09-04", null,
                "Kiến nghị sửa chữa cầu tràn qua khe Trường Sơn bị sạt lở."},
            {"2021-04-05", "FEEDBACK", "ENVIRONMENT", "2021-04-09", "2021-04-28", null,
                "Phản ánh cơ sở chăn nuôi xả nước thải ra mương thủy lợi."},
            {"2022-06-06", "COMPLAINT", "SOCIAL_POLICY", "2022-06-13", "2022-07-11", "WRONG",
                "Khiếu nại việc không được xét hộ cận nghèo năm 2022."},
            {"2023-03-06", "RECOMMENDATION", "LAND", "2023-03-10", "2023-04-07", null,
                "Kiến nghị điều chỉnh diện tích đất ở trong giấy chứng nhận cho đúng hiện trạng."},
            {"2023-12-04", "COMPLAINT", "LAND", "2023-12-11", "2024-01-08", "RIGHT",
                "Khiếu nại việc cấp giấy chứng nhận cho hộ liền kề lấn ranh giới đất."}};
        int doc = 0;
        for (String[] c : cases) {
            doc++;
            Map<String, Object> p = map("key", "DON-" + c[0], "unit", ubnd, "receivedOn", c[0], "channel", "POST",
                    "petitioner", name(person++), "kind", c[1], "field", c[2], "content", c[6], "competence", "RESOLVE",
                    "decision", "ACCEPT", "decidedOn", c[3], "decisionDocument", doc + "/TB-UBND",
                    "resolvedOn", c[4], "resolutionDocument", (doc + 40) + "/UBND-VP");
            if (c[5] != null) {
                p.put("result", c[5]);
            }
            petitions.add(p);
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("version", 1);
        bundle.put("source", "Sổ tiếp công dân và sổ theo dõi đơn thư xã Kỳ Thượng 2019-2023 (dữ liệu minh họa)");
        bundle.put("sessions", sessions);
        bundle.put("visits", visits);
        bundle.put("petitions", petitions);
        bundle.put("outreachEvents", List.of(map("key", "HN-2024-04", "unit", party, "kind", "CONFERENCE",
                "heldOn", "2023-04-20", "title", "Hội nghị sơ kết công tác tiếp dân, đối thoại năm 2022", "topic",
                "QĐ 11", "participants", 65, "materials", 65)));
        return bundle;
    }

    private static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / 3) % MIDDLE.length] + " " + GIVEN[(i * 7) % GIVEN.length];
    }

    private static Map<String, Object> map(Object... pairs) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((String) pairs[i], pairs[i + 1]);
        }
        return m;
    }
}
