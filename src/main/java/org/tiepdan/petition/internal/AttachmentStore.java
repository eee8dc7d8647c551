package org.tiepdan.petition.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tiepdan.audit.AuditAction;
import org.tiepdan.audit.AuditLog;
import org.tiepdan.platform.DomainException;

/**
 * Scans, photos and PDFs of a petition, in the database (every node sees them) with their SHA-256.
 * The type is decided by the file's first bytes, not its name; served only through the petition's
 * access rule.
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    record Attachment(long id, long petitionId, String fileName, String contentType, long size, String sha256) {
    }

    record Content(Attachment meta, byte[] data) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;

    AttachmentStore(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    static String sniff(byte[] d) {
        if (d.length >= 5 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F' && d[4] == '-') {
            return "application/pdf";
        }
        if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return "image/jpeg";
        }
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G') {
            return "image/png";
        }
        if (d.length >= 4 && (d[0] == 'I' && d[1] == 'I' && d[2] == 42 && d[3] == 0
                || d[0] == 'M' && d[1] == 'M' && d[2] == 0 && d[3] == 42)) {
            return "image/tiff";
        }
        return null;
    }

    @Transactional
    Attachment store(long petitionId, long unitId, String fileName, byte[] data, String actor) {
        if (data == null || data.length == 0) {
            throw DomainException.invalid("petition-attachment-empty", "file");
        }
        if (data.length > MAX_BYTES) {
            throw DomainException.invalid("petition-attachment-too-large", "file", MAX_BYTES / (1024 * 1024));
        }
        String type = sniff(data);
        if (type == null) {
            throw DomainException.invalid("petition-attachment-type", "file");
        }
        String name = fileName == null || fileName.isBlank() ? "tep" : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        String sha = sha256(data);
        long id = jdbc.sql("""
                insert into petition_attachment (petition_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(petitionId, name, type, data.length, sha, data, actor).query(Long.class).single();
        audit.record(AuditAction.CREATE, "PetitionAttachment", id, unitId,
                Map.of("petition", petitionId, "sha256", sha, "size", data.length, "type", type));
        return new Attachment(id, petitionId, name, type, data.length, sha);
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * A file handed over by another module (the public site): the types of {@link #sniff} and also
     * Word documents without macros, which citizens often write their petitions in. Same limits.
     */
    @Transactional
    Attachment storeHandedOver(long petitionId, long unitId, String fileName, byte[] data, String actor) {
        if (data != null && data.length > 0 && data.length <= MAX_BYTES && sniff(data) == null && isDocx(data)) {
            String name = fileName == null || fileName.isBlank() ? "tep.docx"
                    : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
            name = name.length() > 200 ? name.substring(name.length() - 200) : name;
            String sha = sha256(data);
            long id = jdbc.sql("""
                    insert into petition_attachment (petition_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
                    values (?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(petitionId, name, DOCX, data.length, sha, data, actor).query(Long.class).single();
            audit.record(AuditAction.CREATE, "PetitionAttachment", id, unitId,
                    Map.of("petition", petitionId, "sha256", sha, "size", data.length, "type", DOCX));
            return new Attachment(id, petitionId, name, DOCX, data.length, sha);
        }
        return store(petitionId, unitId, fileName, data, actor);
    }

    /** A zip whose entries are a Word document's, with no macro project (that would be a .docm). */
    static boolean isDocx(byte[] d) {
        if (d.length < 4 || d[0] != 'P' || d[1] != 'K' || d[2] != 3 || d[3] != 4) {
            return false;
        }
        boolean contentTypes = false;
        boolean document = false;
        try (var zip = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(d))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String n = e.getName();
                contentTypes |= n.equals("[Content_Types].xml");
                document |= n.equals("word/document.xml");
                if (n.toLowerCase(java.util.Locale.ROOT).endsWith("vbaproject.bin")) {
                    return false;
                }
            }
        } catch (java.io.IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && document;
    }

    List<Attachment> list(long petitionId) {
        return jdbc.sql("""
                select id, petition_id, file_name, content_type, size_bytes, sha256 from petition_attachment
                where petition_id = ? order by id""").param(petitionId)
                .query((rs, i) -> new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getLong(5), rs.getString(6)))
                .list();
    }

    Content read(long id) {
        return jdbc.sql("""
                select id, petition_id, file_name, content_type, size_bytes, sha256, data from petition_attachment
                where id = ?""").param(id)
                .query((rs, i) -> new Content(new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getLong(5), rs.getString(6)), rs.getBytes(7)))
                .optional().orElseThrow(() -> DomainException.notFound("petition-attachment-not-found"));
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
