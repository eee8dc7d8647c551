package org.tiepdan.support;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Set-based generators (generate_series, no row-by-row inserts) of a province's scale for the benches:
 * the province "Tỉnh Hiệu Năng" of 3,321 communes, each with a Party committee and a People's
 * Committee, as ReportBench makes it, and ten years of petitions with realistic Vietnamese content,
 * petitioners' names and addresses, open ones with their deadlines. Shared so that each bench does not
 * copy the province (ReportBench still has its own copy: another session was editing it; it can call
 * {@link #province} instead).
 */
public final class ProvinceData {

    public static final String PROVINCE_NAME = "Tỉnh Hiệu Năng";
    public static final int COMMUNES = 3321;

    private ProvinceData() {
    }

    /** The province, its communes with a Party committee and a People's Committee each; returns the province's id. */
    public static long province(JdbcClient jdbc) {
        long province = jdbc.sql("insert into org_unit (kind, tier, name, valid_from) values ('ADMINISTRATIVE_AREA', "
                + "'PROVINCE', ?, date '2000-01-01') returning id").param(PROVINCE_NAME).query(Long.class).single();
        jdbc.sql("insert into org_unit (kind, tier, name, parent_id, valid_from) values ('PARTY_COMMITTEE', 'PROVINCE', "
                + "'Tỉnh ủy Hiệu Năng', ?, date '2000-01-01')").param(province).update();
        jdbc.sql("""
                insert into org_unit (kind, tier, name, parent_id, valid_from)
                select 'ADMINISTRATIVE_AREA', 'COMMUNE', 'Xã Hiệu Năng ' || g, ?, date '2000-01-01'
                from generate_series(1, ?) g""").params(province, COMMUNES).update();
        jdbc.sql("""
                insert into org_unit (kind, tier, name, parent_id, valid_from)
                select k.kind, 'COMMUNE', k.prefix || a.name, a.id, date '2000-01-01'
                from org_unit a cross join (values ('PARTY_COMMITTEE', 'Đảng ủy '), ('PEOPLES_COMMITTEE', 'UBND ')) k(kind, prefix)
                where a.parent_id = ? and a.kind = 'ADMINISTRATIVE_AREA'""").param(province).update();
        return province;
    }

    /** Family names, weighted roughly as in the population (Nguyễn about a third). */
    private static final String FAMILY = "array['Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Nguyễn','Trần','Trần',"
            + "'Lê','Lê','Phạm','Hoàng','Huỳnh','Phan','Vũ','Võ','Đặng','Bùi','Đỗ','Hồ','Ngô','Dương','Lý','Đinh','Trịnh',"
            + "'Lương','Mai','Cao','Tạ','Kiều','Âu']";
    private static final String MIDDLE = "array['Văn','Thị','Văn','Thị','Hữu','Đức','Minh','Ngọc','Thanh','Xuân','Quốc',"
            + "'Thị Thu','Thị Kim','Công','Đình','Bá','Thị Hồng','Trọng']";
    private static final String GIVEN = "array['An','Anh','Bình','Cường','Chung','Dũng','Duy','Giang','Hà','Hải','Hằng',"
            + "'Hiền','Hiếu','Hoa','Hòa','Hùng','Hưng','Hương','Huy','Khánh','Lan','Linh','Loan','Long','Mai','Minh','Nam',"
            + "'Nga','Nghĩa','Ngọc','Nhung','Phong','Phúc','Phương','Quang','Quân','Sơn','Tâm','Thành','Thảo','Thắng',"
            + "'Thủy','Tiến','Trang','Trung','Tuấn','Vân','Việt','Yến','Oanh','Khuê','Diệp']";
    private static final String HAMLETS = "array['Tân Hòa','Đông Xuân','Phú Lộc','Trung Sơn','Bắc Hà','Hải Thanh','Tân Phong',"
            + "'Kỳ Lâm','Thượng Đức','Hạ Vĩnh','Xuân Thành','Quyết Tiến','Đồng Tâm','Hòa Bình','Yên Mỹ','Cầu Đá',"
            + "'Phước Lộc','An Nhơn','Vĩnh Thạnh','Sơn Trà','Lạc Thiện','Minh Khai','Đại Đồng','Hưng Nhân']";
    private static final String SUBJECTS = "array["
            + "'việc thu hồi đất nông nghiệp để thực hiện dự án khu dân cư',"
            + "'mức bồi thường, hỗ trợ và tái định cư khi Nhà nước thu hồi đất',"
            + "'việc chậm cấp giấy chứng nhận quyền sử dụng đất cho gia đình',"
            + "'tranh chấp ranh giới thửa đất với hộ liền kề',"
            + "'việc xây dựng công trình trái phép trên đất nông nghiệp',"
            + "'ô nhiễm môi trường do trại chăn nuôi lợn xả thải ra kênh',"
            + "'tiếng ồn và bụi của xưởng mộc hoạt động ban đêm',"
            + "'việc giải quyết chế độ chính sách đối với người có công với cách mạng',"
            + "'việc xét duyệt trợ cấp bảo trợ xã hội cho người cao tuổi',"
            + "'việc bình xét hộ nghèo, hộ cận nghèo không công khai',"
            + "'việc cấp thẻ bảo hiểm y tế cho học sinh',"
            + "'đường giao thông nông thôn xuống cấp, mùa mưa lầy lội',"
            + "'thiếu nước sinh hoạt vào mùa khô',"
            + "'hệ thống điện chiếu sáng công cộng không hoạt động',"
            + "'việc khai thác cát trái phép trên sông gây sạt lở bờ',"
            + "'việc lấn chiếm hành lang an toàn giao thông để kinh doanh',"
            + "'việc thu các khoản đóng góp xây dựng nông thôn mới sai quy định',"
            + "'việc giải phóng mặt bằng dự án nâng cấp quốc lộ',"
            + "'việc chuyển mục đích sử dụng đất vườn sang đất ở',"
            + "'việc cấp giấy phép xây dựng nhà ở riêng lẻ',"
            + "'thủ tục hành chính chậm, phải đi lại nhiều lần',"
            + "'việc thu học phí và các khoản thu ngoài học phí ở trường tiểu học',"
            + "'mồ mả bị ảnh hưởng khi thi công công trình thủy lợi',"
            + "'kênh mương thủy lợi bị bồi lấp không tưới tiêu được',"
            + "'việc giao đất trồng rừng sản xuất không đúng đối tượng',"
            + "'quán karaoke gây ồn ào sau 22 giờ',"
            + "'việc phân chia tiền đền bù giữa các đồng thừa kế',"
            + "'việc cưỡng chế thi hành quyết định hành chính về đất đai',"
            + "'việc đo đạc, chỉnh lý biến động diện tích thửa đất',"
            + "'chất lượng công trình nhà văn hóa thôn mới xây đã nứt',"
            + "'việc chi trả lương hưu, trợ cấp bảo hiểm xã hội chậm',"
            + "'việc hỗ trợ thiệt hại do bão lũ chưa thỏa đáng',"
            + "'việc đấu giá quyền sử dụng đất không minh bạch',"
            + "'việc sử dụng quỹ đất công ích 5% của xã',"
            + "'việc quản lý, sử dụng kinh phí hỗ trợ sản xuất nông nghiệp',"
            + "'an toàn thực phẩm tại chợ trung tâm',"
            + "'việc cấp phép khai thác mỏ đá gần khu dân cư',"
            + "'ngập úng do thi công đường cao tốc chặn dòng chảy',"
            + "'việc tuyển dụng viên chức giáo dục',"
            + "'việc cho thuê mặt bằng chợ không qua đấu giá']";
    private static final String ACCUSED = "array['cán bộ địa chính xã','trưởng thôn','chủ tịch Ủy ban nhân dân xã',"
            + "'kế toán ngân sách xã','phó chủ tịch Ủy ban nhân dân xã','công chức tư pháp - hộ tịch',"
            + "'cán bộ văn hóa xã hội','trưởng ban quản lý dự án']";
    private static final String ACTS = "array['nhận tiền của người dân để làm hồ sơ cấp giấy chứng nhận quyền sử dụng đất',"
            + "'lập khống danh sách hỗ trợ để chiếm đoạt tiền','lợi dụng chức vụ giao đất trái thẩm quyền',"
            + "'gây khó khăn, nhũng nhiễu khi giải quyết thủ tục hành chính','bao che cho hành vi khai thác cát trái phép',"
            + "'thiếu trách nhiệm để xảy ra lấn chiếm đất công','sử dụng xe công vào việc riêng',"
            + "'thu tiền đóng góp của nhân dân nhưng không nộp vào ngân sách']";
    private static final String DETAILS = "array["
            + "'Gia đình đã nhiều lần gửi đơn nhưng đến nay chưa được giải quyết.',"
            + "'Đề nghị cơ quan có thẩm quyền kiểm tra, xử lý dứt điểm.',"
            + "'Việc này ảnh hưởng nghiêm trọng đến đời sống và sản xuất của các hộ dân.',"
            + "'Đề nghị xem xét lại mức bồi thường cho phù hợp với giá thị trường.',"
            + "'Các hộ dân trong thôn đã cùng ký tên vào đơn.',"
            + "'Kèm theo đơn là bản sao các giấy tờ liên quan.',"
            + "'Đề nghị tổ chức đối thoại để làm rõ sự việc.',"
            + "'Trước đó Ủy ban nhân dân xã đã có văn bản trả lời nhưng người dân không đồng ý.',"
            + "'Đề nghị công khai kết quả giải quyết tại nhà văn hóa thôn.',"
            + "'Sự việc kéo dài từ năm 2018 đến nay.',"
            + "'Người dân đã phản ánh qua đường dây nóng nhưng chưa có kết quả.',"
            + "'Đề nghị xử lý nghiêm các cá nhân sai phạm theo quy định của pháp luật.',"
            + "'Gia đình thuộc diện hộ nghèo, hoàn cảnh đặc biệt khó khăn.',"
            + "'Đề nghị đo đạc lại hiện trạng sử dụng đất.',"
            + "'Người viết đơn cam đoan nội dung trình bày là đúng sự thật.',"
            + "'Đề nghị trả lời bằng văn bản cho người dân được biết.',"
            + "'Mong các cấp chính quyền quan tâm giải quyết sớm.',"
            + "'Ủy ban nhân dân huyện đã có văn bản chỉ đạo nhưng xã chưa thực hiện.',"
            + "'Một số hộ dân đã tự ý rào chắn lối đi chung.',"
            + "'Đề nghị thanh tra việc sử dụng nguồn kinh phí này.']";

    /** A full name from the seed expression {@code s} (bigint). */
    static String name(String s) {
        return "(" + FAMILY + ")[1 + (" + s + " * 7919) % 32] || ' ' || (" + MIDDLE + ")[1 + (" + s + " * 104729) % 18]"
                + " || ' ' || (" + GIVEN + ")[1 + (" + s + " * 1299709) % 52]";
    }

    /**
     * {@code count} petitions (one case each) over the ten years up to yesterday, in the bodies under the
     * province (People's Committees 90 %, Party committees 10 %), numbered per body and year; kinds: feedback
     * 45 %, recommendation 25 %, complaint 20 %, denunciation 10 % (denouncers sealed: their rows hold the
     * pseudonym only, as {@code PetitionSealing} leaves them). Content of one to three sentences (a register's
     * summary, 150–450 characters) from 40 subjects, 24 hamlets and 20 details, with rarer phrases (a parcel
     * number in 1 of 5, "máy xúc" in 1 of 500, "nuôi chim yến" in 1 of 2,000, "flycam" in 1 of 10,000);
     * one petitioner (1 in 8 two, 2 % anonymous) with a name from 32 family names, 18 middle and 52 given
     * names, and an address. Petitions received in the last 60 days and 1 in 200 older ones are open (received,
     * classified or accepted) with one active deadline ({@code PETITION_HANDLE}, due 10 to 40 days after
     * receipt: the old ones overdue); the others are settled 25 days after receipt. The trigram indexes are
     * dropped during the insert and rebuilt after, as the migrations define them.
     */
    public static void petitions(JdbcClient jdbc, long province, int count) {
        // The trigram indexes (V50, V185, V187) are built once after the insert rather than row by row.
        List<Map<String, Object>> trigram = jdbc.sql("""
                select indexname, indexdef from pg_indexes where schemaname = 'public'
                and tablename in ('petition', 'petitioner', 'petition_case') and indexdef like '%trgm_ops%'""")
                .query().listOfRows();
        for (Map<String, Object> index : trigram) {
            jdbc.sql("drop index " + index.get("indexname")).update();
        }
        // The national database's outbox is not what this data is for (a million rows queued to nowhere).
        jdbc.sql("alter table petition disable trigger petition_national_db").update();
        String content = """
                case k.kind
                  when 'DENUNCIATION' then 'Tố cáo ông ' || %1$s || ', ' || (%2$s)[1 + (g * 31) %% 8] || ', đã '
                       || (%3$s)[1 + (g * 37) %% 8] || ' tại thôn ' || (%4$s)[1 + (g * 13) %% 24] || ', ' || a.name || '.'
                  when 'COMPLAINT' then 'Khiếu nại quyết định của Ủy ban nhân dân xã về ' || (%5$s)[1 + (g * 17) %% 40]
                       || ' tại thôn ' || (%4$s)[1 + (g * 13) %% 24] || ', ' || a.name || '.'
                  when 'RECOMMENDATION' then 'Kiến nghị xem xét ' || (%5$s)[1 + (g * 17) %% 40] || ' ở thôn '
                       || (%4$s)[1 + (g * 13) %% 24] || ', ' || a.name || '.'
                  else 'Phản ánh ' || (%5$s)[1 + (g * 17) %% 40] || ' tại thôn ' || (%4$s)[1 + (g * 13) %% 24] || '.'
                end
                || ' ' || (%6$s)[1 + (g * 29) %% 20]
                || case when g %% 3 = 0 then ' ' || (%6$s)[1 + (g * 41) %% 20] else '' end
                || case when g %% 5 = 0 then ' Thửa đất số ' || (g %% 997) || ', tờ bản đồ số ' || (g %% 61) || '.' else '' end
                || case when g %% 500 = 7 then ' Có máy xúc vào san lấp ban đêm.' else '' end
                || case when g %% 2000 = 11 then ' Nhà bên cạnh xây nhà nuôi chim yến.' else '' end
                || case when g %% 10000 = 13 then ' Người dân đã dùng flycam ghi lại hình ảnh.' else '' end
                """.formatted(name("(g + 3)"), ACCUSED, ACTS, HAMLETS, SUBJECTS, DETAILS);
        // The case's title is the petition's content, as intake makes it (PetitionService.register,
        // PetitionCase: cut at 120 characters, below); the petition's content is the whole text.
        jdbc.sql("""
                insert into petition_case (unit_id, title, kind, competence, received_on, settled_on, settled_on_time, outcome)
                select x.unit, %s, k.kind, 'RESOLVE', d.received,
                       case when not o.open then d.received + 25 end, case when not o.open then g %% 9 <> 0 end,
                       case when not o.open then 'RESOLVED' end
                from generate_series(1, ?::bigint) g
                cross join lateral (select current_date - 3650 + (g * 3649 / ?::bigint)::int as received) d
                cross join lateral (select d.received > current_date - 60 or g %% 200 = 0 as open) o
                cross join lateral (select case when g %% 20 < 2 then 'DENUNCIATION' when g %% 20 < 6 then 'COMPLAINT'
                                                when g %% 20 < 11 then 'RECOMMENDATION' else 'FEEDBACK' end as kind) k
                cross join (select array_agg(o.id order by o.id) filter (where o.kind = 'PEOPLES_COMMITTEE') as ubnd,
                                   array_agg(o.id order by o.id) filter (where o.kind = 'PARTY_COMMITTEE') as party
                            from org_unit o join org_unit a on a.id = o.parent_id where a.parent_id = ?) b
                cross join lateral (select case when g %% 10 = 0 then b.party[1 + (g * 7919) %% cardinality(b.party)]
                                                else b.ubnd[1 + (g * 7919) %% cardinality(b.ubnd)] end as unit) x
                join org_unit u on u.id = x.unit join org_unit a on a.id = u.parent_id
                order by g""".formatted(content)).params(count, count, province).update();
        jdbc.sql("""
                insert into petition (unit_id, case_id, registration_year, registration_seq, registration_number,
                  tracking_code, channel, received_on, content, kind, competence, state, anonymous, identity_sealed,
                  settled_on, settled_on_time, handler, sender_body)
                select c.unit_id, c.id, extract(year from c.received_on)::int, n.seq, n.seq || '/' || extract(year from c.received_on),
                       'S' || c.id, (array['POST','IN_PERSON','ONLINE','TRANSFERRED','EMAIL'])[1 + (c.id * 3) % 5],
                       c.received_on, c.title, c.kind, 'RESOLVE',
                       case when c.settled_on is not null then (array['CLOSED','DECIDED','GUIDED','ARCHIVED'])[1 + c.id % 4]
                            else (array['RECEIVED','CLASSIFIED','ACCEPTED'])[1 + c.id % 3] end,
                       c.id % 50 = 1, c.kind = 'DENUNCIATION', c.settled_on, c.settled_on_time,
                       case when c.settled_on is null and c.id % 2 = 0 then 'canbo' || (c.id % 7) end,
                       case when (c.id * 3) % 5 = 3 then 'Ban Tiếp công dân tỉnh' end
                from petition_case c join org_unit u on u.id = c.unit_id join org_unit a on a.id = u.parent_id
                join (select id, row_number() over (partition by unit_id, extract(year from received_on) order by id) seq
                      from petition_case) n on n.id = c.id
                where a.parent_id = ? and not exists (select 1 from petition p where p.case_id = c.id)
                order by c.id""").param(province).update();
        jdbc.sql("""
                update petition_case c set title = left(c.title, 119) || '…'
                from org_unit u join org_unit a on a.id = u.parent_id
                where u.id = c.unit_id and a.parent_id = ? and length(c.title) > 120""").param(province).update();
        jdbc.sql("alter table petition enable trigger petition_national_db").update();
        jdbc.sql("""
                insert into petitioner (petition_id, position, full_name, address, representative)
                select p.id, k, case when p.identity_sealed then 'Người tố cáo ' || k else %s end,
                       case when p.identity_sealed then null
                            else 'Thôn ' || (%s)[1 + ((p.id + k) * 13) %% 24] || ', ' || a.name end, false
                from petition p join org_unit u on u.id = p.unit_id join org_unit a on a.id = u.parent_id
                cross join generate_series(1, 2) k
                where a.parent_id = ? and not p.anonymous and (k = 1 or p.id %% 8 = 0)
                  and not exists (select 1 from petitioner x where x.petition_id = p.id)"""
                .formatted(name("(p.id * 3 + k)"), HAMLETS)).param(province).update();
        jdbc.sql("""
                insert into petition_deadline (petition_id, position, rule_code, variant, start_on, due, active, explanation)
                select p.id, 0, 'PETITION_HANDLE', 'STANDARD', p.received_on, p.received_on + 10 + (p.id % 31)::int, true,
                       'Xử lý đơn: 10 ngày làm việc kể từ ngày nhận đơn'
                from petition p join org_unit u on u.id = p.unit_id join org_unit a on a.id = u.parent_id
                where a.parent_id = ? and p.settled_on is null
                  and not exists (select 1 from petition_deadline d where d.petition_id = p.id)""").param(province).update();
        for (Map<String, Object> index : trigram) {
            jdbc.sql((String) index.get("indexdef")).update();
        }
    }
}
