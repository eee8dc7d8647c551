package org.tiepdan.dialogue.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The .docx of each issued dialogue document, kept as issued (table {@code dialogue_document_file},
 * keyed by the register's document id): a later change of the dialogue never rewrites a document
 * that went out.
 */
@Repository
class DialogueFiles {

    record StoredFile(String fileName, String sha256, byte[] content) {
    }

    private final JdbcClient jdbc;

    DialogueFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void store(long documentId, String fileName, byte[] content) {
        jdbc.sql("insert into dialogue_document_file (issued_document_id, file_name, sha256, content) values (?, ?, ?, ?)")
                .params(documentId, fileName, sha256(content), content).update();
    }

    Optional<StoredFile> get(long documentId) {
        return jdbc.sql("select file_name, sha256, content from dialogue_document_file where issued_document_id = ?")
                .param(documentId)
                .query((rs, i) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
