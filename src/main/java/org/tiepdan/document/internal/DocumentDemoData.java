package org.tiepdan.document.internal;

import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.document.DocumentEntry;
import org.tiepdan.platform.DemoDataContributor;

/** About twenty documents of the demo commune's Party committee, 2019-2024 (from the seed register). */
@Component
class DocumentDemoData implements DemoDataContributor {

    private static final Logger log = LoggerFactory.getLogger(DocumentDemoData.class);
    static final String DEMO_PARTY = "Đảng ủy xã Kỳ Thượng";

    private final JdbcClient jdbc;
    private final DocumentService documents;

    DocumentDemoData(JdbcClient jdbc, DocumentService documents) {
        this.jdbc = jdbc;
        this.documents = documents;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public void contribute() {
        var unit = jdbc.sql("select id from org_unit where name = ? order by id limit 1").param(DEMO_PARTY)
                .query(Long.class).optional();
        if (unit.isEmpty()) {
            log.info("Demo unit '{}' not found: no demo documents", DEMO_PARTY);
            return;
        }
        String[][] rows = {
            {"02-KH/ĐU", "KH", "Kế hoạch triển khai thực hiện Quy định số 11-QĐi/TW của Bộ Chính trị", "20/03/2019"},
            {"03-TB/ĐU", "TB", "Thông báo lịch tiếp công dân định kỳ của đồng chí Bí thư Đảng ủy năm 2019", "02/04/2019"},
            {"21-QĐ/ĐU", "QĐ", "Ban hành nội quy tiếp công dân, đối thoại với dân của đồng chí Bí thư Đảng ủy", "25/01/2020"},
            {"06-TB/ĐU", "TB", "Thông báo về việc tiếp công dân định kỳ tháng 7 năm 2020", "08/07/2020"},
            {"12-TB/ĐU", "TB", "Thông báo về việc tiếp công dân định kỳ tháng 8 năm 2020", "25/08/2020"},
            {"23-QĐ/ĐU", "QĐ", "Về việc ban hành quy chế trách nhiệm của Bí thư Đảng ủy xã trong việc tiếp dân, đối thoại", "23/02/2021"},
            {"06-KH/ĐU", "KH", "Kế hoạch tiếp xúc với người đứng đầu cấp ủy năm 2021", "24/02/2021"},
            {"19-KH/ĐU", "KH", "Tổ chức hội nghị đối thoại trực tiếp giữa người đứng đầu cấp ủy, chính quyền với nhân dân năm 2022", "25/02/2022"},
            {"40-TB/ĐU", "TB", "Thông báo tiếp công dân định kỳ tháng 3 năm 2022", "20/03/2022"},
            {"37-BC/ĐU", "BC", "Báo cáo tổng hợp các ý kiến, kiến nghị của công dân chuẩn bị cho hội nghị đối thoại", "13/06/2022"},
            {"30-GM/ĐU", "GM", "Dự hội nghị tiếp xúc, đối thoại trực tiếp với nhân dân trên địa bàn xã năm 2022", "16/06/2022"},
            {"48-TB/ĐU", "TB", "Thông báo ý kiến chỉ đạo của đồng chí Bí thư tại hội nghị đối thoại lần thứ nhất năm 2022", "22/06/2022"},
            {"28-KH/ĐU", "KH", "Kế hoạch tổ chức đối thoại trực tiếp người đứng đầu cấp ủy với nhân dân năm 2023", "14/01/2023"},
            {"84-TB/ĐU", "TB", "Thông báo tiếp dân định kỳ tháng 4 năm 2023", "24/04/2023"},
            {"68-BC/ĐU", "BC", "Báo cáo các ý kiến, kiến nghị của công dân chuẩn bị cho hội nghị đối thoại", "15/06/2023"},
            {"57-GM/ĐU", "GM", "Giấy mời dự hội nghị đối thoại trực tiếp lần thứ nhất năm 2023", "16/06/2023"},
            {"110-TB/ĐU", "TB", "Thông báo tiếp dân định kỳ tháng 12 (lần 2) năm 2023", "24/12/2023"},
            {"35-KH/ĐU", "KH", "Kế hoạch đối thoại trực tiếp người đứng đầu cấp ủy với nhân dân năm 2024", "10/01/2024"},
            {"115-TB/ĐU", "TB", "Thông báo tiếp công dân định kỳ tháng 3 năm 2024", "05/03/2024"},
            {"75-BC/ĐU", "BC", "Báo cáo sơ kết 5 năm thực hiện Quy định số 11-QĐi/TW", "15/04/2024"},
        };
        for (String[] r : rows) {
            documents.register(new DocumentEntry(unit.get(), r[0], r[1], null, "Đảng ủy", r[2], r[3], null,
                    Set.of("QĐ 11")));
        }
    }
}
