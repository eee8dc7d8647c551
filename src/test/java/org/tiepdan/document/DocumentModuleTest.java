package org.tiepdan.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.context.annotation.Import;
import org.tiepdan.ModuleTestSupport;

/**
 * The fast tier: the document register alone with the modules it depends on (platform, audit, org,
 * account), on the test JVM's embedded PostgreSQL. The database is shared: units get unique names.
 */
@ApplicationModuleTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ModuleTestSupport.class)
class DocumentModuleTest {

    @Autowired
    IssuedDocuments documents;
    @Autowired
    JdbcClient jdbc;

    IssuedDocumentView issue(long unit, String type, LocalDate on) {
        return documents.issue(new IssueCommand(unit, type, "Thông báo kết luận hội nghị đối thoại", on,
                "Nguyễn Văn A", Set.of("QĐ 11")));
    }

    @Test
    void stateBodiesNumberPerYearInTheirOwnForm() {
        long state = TestUnits.create(jdbc, "PEOPLES_COMMITTEE", "COMMUNE", "UBND xã Mô Đun", null);
        assertThat(documents.blankNumber(state, "TB")).endsWith("/TB-UBND");
        assertThat(issue(state, "TB", LocalDate.of(2023, 12, 20)).numberSymbol()).isEqualTo("01/TB-UBND");
        assertThat(issue(state, "TB", LocalDate.of(2023, 12, 21)).numberSymbol()).isEqualTo("02/TB-UBND");
        assertThat(issue(state, "TB", LocalDate.of(2024, 1, 2)).numberSymbol()).isEqualTo("01/TB-UBND");
    }

    @Test
    void issuedDocumentsAreListedByUnitWindowAndTopic() {
        long party = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Mô Đun", null);
        IssuedDocumentView notice = issue(party, "TB", LocalDate.of(2024, 3, 1));
        assertThat(notice.numberSymbol()).isEqualTo("01-TB/ĐU");

        assertThat(documents.list(List.of(party), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31), "QĐ 11"))
                .extracting(IssuedDocumentView::id).containsExactly(notice.id());
        assertThat(documents.list(List.of(party), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), "QĐ 11"))
                .isEmpty();
        assertThat(documents.find(notice.id())).isPresent();
    }
}
