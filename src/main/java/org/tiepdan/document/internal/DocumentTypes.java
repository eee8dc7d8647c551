package org.tiepdan.document.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The catalogue of document types (data, table document_type). */
@Component
public class DocumentTypes {

    public record DocumentType(String code, String name) {
    }

    private final JdbcClient jdbc;

    DocumentTypes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<DocumentType> all() {
        return jdbc.sql("select code, name from document_type order by sort")
                .query((rs, i) -> new DocumentType(rs.getString(1), rs.getString(2))).list();
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
