package org.tiepdan.document.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * The catalogue of document types (data, table document_type), each with its flag "để lãnh đạo, chỉ
 * đạo": Phụ lục 1 counts only the documents of flagged types (a plan or a notice directs work; a
 * report, an invitation or minutes do not). The flag is data an installation administrator edits,
 * because what a committee counts is its own practice, not a rule of code.
 */
@Component
public class DocumentTypes {

    public record DocumentType(String code, String name, boolean leadership) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    DocumentTypes(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    List<DocumentType> all() {
        return jdbc.sql("select code, name, leadership from document_type order by sort")
                .query((rs, i) -> new DocumentType(rs.getString(1), rs.getString(2), rs.getBoolean(3))).list();
    }

    /** The codes of the types counted as documents "để lãnh đạo, chỉ đạo". */
    Set<String> leadership() {
        Set<String> codes = new LinkedHashSet<>();
        all().stream().filter(DocumentType::leadership).forEach(t -> codes.add(t.code()));
        return codes;
    }

    /** Sets the flag of one type; audited. An unknown code is refused as not found. */
    @Transactional
    DocumentType setLeadership(String code, boolean leadership) {
        DocumentType before = all().stream().filter(t -> t.code().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.notFound("document-type-not-found", code));
        if (before.leadership() != leadership) {
            jdbc.sql("update document_type set leadership = ? where code = ?").params(leadership, code).update();
            audit.record(AuditAction.UPDATE, "DocumentType", code, null, Map.of("leadership", leadership));
        }
        return new DocumentType(before.code(), before.name(), leadership);
    }

    /** Flags exactly the given codes and unflags the others, in one transaction (the screen's save). */
    @Transactional
    void setLeadership(Set<String> flagged) {
        for (DocumentType t : all()) {
            setLeadership(t.code(), flagged.contains(t.code()));
        }
    }

    /** Upper-cased code to canonical code, for parsing numbers. */
    Map<String, String> byUpperCode() {
        Map<String, String> map = new LinkedHashMap<>();
        all().forEach(t -> map.put(t.code().toUpperCase(Locale.ROOT), t.code()));
        return map;
    }

    Map<String, String> names() {
        Map<String, String> map = new LinkedHashMap<>();
        all().forEach(t -> map.put(t.code(), t.name()));
        return map;
    }
}
