package org.tiepdan.document.internal;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The optional file of a document, kept in the database with its SHA-256. */
@Component
class DocumentFiles {

    record StoredFile(String fileName, String contentType, long size, String sha256, byte[] content) {
    }

    private final JdbcClient jdbc;

    DocumentFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long documentId, String fileName, String contentType, byte[] content) {
        jdbc.sql("""
                insert into issued_document_file (document_id, file_name, content_type, size_bytes, sha256, content)
                values (?, ?, ?, ?, ?, ?)
                on conflict (document_id) do update set file_name = excluded.file_name,
                  content_type = excluded.content_type, size_bytes = excluded.size_bytes,
                  sha256 = excluded.sha256, content = excluded.content""")
                .params(documentId, fileName, contentType, (long) content.length, Checksums.sha256(content), content)
                .update();
    }

    boolean exists(long documentId) {
        return jdbc.sql("select count(*) from issued_document_file where document_id = ?").param(documentId)
                .query(Long.class).single() > 0;
    }

    Optional<StoredFile> load(long documentId) {
        return jdbc.sql("select file_name, content_type, size_bytes, sha256, content from issued_document_file "
                + "where document_id = ?").param(documentId)
                .query((rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4),
                        rs.getBytes(5)))
                .optional();
    }
}
