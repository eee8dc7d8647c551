package org.tiepdan.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.tiepdan.FullStackTest;
import org.tiepdan.document.IssuerKind;
import org.tiepdan.document.TestUnits;

/** A write that fails half-way (here: a number taken by someone else meanwhile) leaves nothing behind. */
@FullStackTest
class DocumentImportAtomicityTest {

    @Autowired
    DocumentImportService imports;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aFailingImportWritesNothing() {
        long unit = TestUnits.create(jdbc, "PARTY_COMMITTEE", "COMMUNE", "Đảng ủy xã Nguyên Tử", null);
        Map<String, String> types = Map.of("TB", "TB");
        ImportValidator.Candidate a = new ImportValidator.Candidate(IssuerKind.PARTY_COMMITTEE, "Đảng ủy",
                NumberSymbol.parse("40-TB/ĐU", types).orElseThrow(), "T2020-07-01/5", "Thông báo", LocalDate.of(2022, 3, 20));
        ImportValidator.Candidate b = new ImportValidator.Candidate(IssuerKind.PARTY_COMMITTEE, "Đảng ủy",
                NumberSymbol.parse("40-TB/ĐU", types).orElseThrow(), "T2020-07-01/5", "Thông báo", LocalDate.of(2022, 4, 20));
        List<ImportValidator.RowResult> rows = List.of(
                new ImportValidator.RowResult(null, 1, a, List.of(), ImportValidator.Outcome.NEW),
                new ImportValidator.RowResult(null, 2, b, List.of(), ImportValidator.Outcome.NEW));
        assertThatThrownBy(() -> imports.write(unit, rows, "abc", null)).isInstanceOf(RuntimeException.class);
        assertThat(jdbc.sql("select count(*) from issued_document where unit_id = ?").param(unit).query(Long.class)
                .single()).isZero();
    }
}
