package org.tiepdan.petition.internal;

import java.util.EnumMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.tiepdan.petition.internal.DecisionDocument.Disposition;
import org.tiepdan.petition.internal.DecisionDocument.Part;
import org.tiepdan.platform.DemoDataContributor;

/**
 * Demo: the settled land complaint of Nguyễn Văn An (Xã Kỳ Thượng, demo-petitions.tsv) with the
 * full legal content of its first-round decision, so that the decision page and its .docx show
 * every part of Luật Khiếu nại 2011 Art. 31 filled in, and the results the statistical tables ask of
 * it (issue 21: the compensation returned to the household, one person whose rights were restored),
 * so that the petition's page shows recorded results and the national database export carries them.
 */
@Component
class DecisionDemoData implements DemoDataContributor {

    private final JdbcClient jdbc;
    private final DecisionContents contents;
    private final ResolutionResultService results;

    DecisionDemoData(JdbcClient jdbc, DecisionContents contents, ResolutionResultService results) {
        this.jdbc = jdbc;
        this.contents = contents;
        this.results = results;
    }

    @Override
    public int order() {
        return 410;
    }

    @Override
    public void contribute() {
        Long id = jdbc.sql("select p.id from petition p join petitioner x on x.petition_id = p.id "
                + "where p.kind = 'COMPLAINT' and x.full_name = 'Nguyễn Văn An' and p.outcome is not null "
                + "order by p.id limit 1").query(Long.class).optional().orElse(null);
        if (id == null) {
            return;
        }
        Map<Part, String> parts = new EnumMap<>(Part.class);
        parts.put(Part.PARTIES, "Người khiếu nại: ông Nguyễn Văn An, thôn Tân Hòa, xã Kỳ Thượng.\n"
                + "Người bị khiếu nại: Chủ tịch Ủy ban nhân dân xã Kỳ Thượng.");
        parts.put(Part.CONTENT, "Ông Nguyễn Văn An khiếu nại Quyết định thu hồi 250 m² đất trồng cây lâu năm để làm "
                + "đường liên thôn, cho rằng gia đình chưa được bồi thường cây cối, hoa màu trên đất.");
        parts.put(Part.VERIFICATION, "Tổ xác minh đã kiểm tra hồ sơ thu hồi đất, biên bản kiểm đếm và làm việc với "
                + "hộ gia đình: trên diện tích thu hồi có 42 cây keo và 15 cây chè chưa được đưa vào phương án bồi thường.");
        parts.put(Part.DIALOGUE, "Tại buổi đối thoại, ông Nguyễn Văn An đồng ý với kết quả kiểm đếm bổ sung và đề nghị "
                + "được chi trả trong năm.");
        parts.put(Part.LEGAL_GROUNDS, "Luật Khiếu nại ngày 11 tháng 11 năm 2011; Luật Đất đai năm 2024; "
                + "Nghị định số 124/2020/NĐ-CP ngày 19 tháng 10 năm 2020 của Chính phủ.");
        parts.put(Part.CONCLUSION, "Khiếu nại của ông Nguyễn Văn An là đúng: phương án bồi thường bỏ sót cây trồng trên đất.");
        parts.put(Part.DISPOSITION, "Bổ sung phương án bồi thường kèm theo Quyết định thu hồi đất: bồi thường 42 cây keo "
                + "và 15 cây chè theo đơn giá hiện hành.");
        parts.put(Part.COMPENSATION, "Bồi thường cây trồng cho hộ ông Nguyễn Văn An theo phương án bổ sung.");
        parts.put(Part.RIGHTS, "Trong thời hạn 30 ngày kể từ ngày nhận được quyết định này, nếu không đồng ý thì ông "
                + "Nguyễn Văn An có quyền khiếu nại đến Chủ tịch Ủy ban nhân dân tỉnh Hà Tĩnh hoặc khởi kiện vụ án "
                + "hành chính tại Tòa án theo quy định của Luật Tố tụng hành chính.");
        contents.recordIssued(id, Disposition.AMEND, parts, "xuly");
        // 42 acacia and 15 tea trees at the current unit prices: money returned to the citizen.
        results.record(id, new ResolutionResults(0L, 18_500_000L, null, null, 1, 0, 0));
    }
}
