package org.tiepdan.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.platform.DomainException;

@FullStackTest
class IssuedDocumentsTest {

    @Autowired
    IssuedDocuments documents;
    @Autowired
    JdbcClient jdbc;

    long party() {
        return TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Đánh Số", null);
    }

    long state() {
        return TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Đánh Số", null);
    }

    IssuedDocumentView issue(long unit, String type, LocalDate on) {
        return documents.issue(new IssueCommand(unit, type, "Thông báo kết luận hội nghị đối thoại", on, "Nguyễn Văn A",
                Set.of("QĐ 11")));
    }

    @Test
    void partyCommitteesNumberThroughTheTermStateBodiesPerYear() {
        long p = party();
        assertThat(issue(p, "TB", LocalDate.of(2023, 12, 20)).numberSymbol()).isEqualTo("01-TB/ĐU");
        assertThat(issue(p, "TB", LocalDate.of(2024, 1, 5)).numberSymbol()).isEqualTo("02-TB/ĐU");
        assertThat(issue(p, "KH", LocalDate.of(2024, 1, 6)).numberSymbol()).isEqualTo("01-KH/ĐU");
        // A new term (from 1 July 2025) starts again at 1.
        assertThat(issue(p, "TB", LocalDate.of(2025, 7, 2)).numberSymbol()).isEqualTo("01-TB/ĐU");

        long s = state();
        assertThat(issue(s, "TB", LocalDate.of(2023, 12, 20)).numberSymbol()).isEqualTo("01/TB-UBND");
        assertThat(issue(s, "TB", LocalDate.of(2023, 12, 21)).numberSymbol()).isEqualTo("02/TB-UBND");
        assertThat(issue(s, "TB", LocalDate.of(2024, 1, 2)).numberSymbol()).isEqualTo("01/TB-UBND");
    }

    @Test
    void issuedNumbersFollowNumbersEnteredByHand() {
        long p = party();
        documents.register(new DocumentEntry(p, "48-TB/ĐU", "TB", null, null,
                "TB ý kiến chỉ đạo của đồng chí Bí thư đảng ủy tại Hội Nghị đối thoại lần thứ nhất năm 2022",
                "22/06/2022", null, Set.of()));
        assertThat(issue(p, "TB", LocalDate.of(2022, 7, 1)).numberSymbol()).isEqualTo("49-TB/ĐU");
    }

    @Test
    void concurrentIssuesNeverCollide() throws Exception {
        long p = party();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> tasks = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                tasks.add(() -> issue(p, "TB", LocalDate.of(2024, 3, 1)).numberSymbol());
            }
            List<String> numbers = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(tasks)) {
                numbers.add(f.get());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(12).contains("01-TB/ĐU", "12-TB/ĐU");
        } finally {
            pool.shutdown();
        }
    }

    DomainException refused(DocumentEntry entry) {
        try {
            documents.register(entry);
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("accepted: " + entry);
    }

    @Test
    void manualEntryRulesWithTheSeedsBadRows() {
        long p = party();
        // Good seed rows pass.
        documents.register(new DocumentEntry(p, "21-QĐ/ĐU", "QĐ", IssuerKind.PARTY_COMMITTEE, "Đảng ủy",
                "Ban hành nội quy tiếp công dân, đối thoại với dân của đồng chí Bí thư Đảng ủy", "25/01/2020", null, Set.of()));
        documents.register(new DocumentEntry(p, "84-TB/ĐU", "TB", null, "Đảng ủy",
                "Thông báo về tiếp dân định kỳ tháng 4", "24/04/2023", null, Set.of()));

        DomainException date = refused(new DocumentEntry(p, "85-TB/ĐU", "TB", null, null, "Thông báo", "30/02/2019", null, null));
        assertThat(date.code()).isEqualTo("document-date-invalid");
        assertThat(date.field()).isEqualTo("issuedOn");
        assertThat(refused(new DocumentEntry(p, "97-TB/ĐU", "TB", null, null, "Thông báo", "04/082023", null, null)).code())
                .isEqualTo("document-date-invalid");

        DomainException type = refused(new DocumentEntry(p, "48-TB/ĐU", "KH", null, null, "Kế hoạch", "22/06/2022", null, null));
        assertThat(type.code()).isEqualTo("document-number-type-mismatch");
        assertThat(type.field()).isEqualTo("numberSymbol");
        assertThat(refused(new DocumentEntry(p, "TB/ĐU", "TB", null, null, "Thông báo", "22/06/2022", null, null)).code())
                .isEqualTo("document-number-invalid");

        // Seed rows 37 and 38: 84-TB/ĐU used twice in the term; also with another date.
        DomainException twice = refused(new DocumentEntry(p, "84-TB/ĐU", "TB", null, null,
                "Thông báo tiếp dân định kỳ tháng 4 năm 2023", "24/04/2023", null, null));
        assertThat(twice.code()).isEqualTo("document-number-used");
        assertThat(twice.args()).contains("24/04/2023", "2020–2025");
        assertThat(refused(new DocumentEntry(p, "84-TB/ĐU", "TB", null, null, "Thông báo", "26/09/2024", null, null)).code())
                .isEqualTo("document-number-used");
        // Next term: the number is free again.
        documents.register(new DocumentEntry(p, "84-TB/ĐU", "TB", null, null, "Thông báo", "26/09/2025", null, null));

        DomainException month = refused(new DocumentEntry(p, "99-TB/ĐU", "TB", null, null,
                "Thông báo tiếp công dân tháng 8/2023", "15/09/2023", null, null));
        assertThat(month.code()).isEqualTo("document-summary-date-mismatch");
        assertThat(month.field()).isEqualTo("summary");
    }
}
