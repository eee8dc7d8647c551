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
import org.tiepdan.identity.IdentityVault;
import org.tiepdan.identity.SubjectRef;
import org.tiepdan.platform.DomainException;

/**
 * Scans, photos and PDFs of a petition, in the database (every node sees them) with their SHA-256.
 * The type is decided by the file's first bytes, not its name; served only through the petition's
 * access rule. Of a sealed petition (a denunciation) the original goes to the identity module's
 * sealed storage ({@code sealed_file_id}); the row keeps a neutral name and, once the officer has
 * made one, only the redacted copy: without it, there is nothing to download.
 */
@Component
class AttachmentStore {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    record Attachment(long id, long petitionId, String fileName, String contentType, long size, String sha256,
            boolean sealed, boolean redacted, Long sealedFileId) {

        /** Something can be downloaded without a grant: a plain file, or the redacted copy of a sealed one. */
        public boolean downloadable() {
            return !sealed || redacted;
        }
    }

    record Content(Attachment meta, byte[] data) {
    }

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final IdentityVault vault;

    AttachmentStore(JdbcClient jdbc, AuditLog audit, IdentityVault vault) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.vault = vault;
    }

    private static final String COLUMNS = "id, petition_id, file_name, content_type, size_bytes, sha256, "
            + "sealed_file_id is not null, redacted, sealed_file_id";

    private static Attachment row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Attachment(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5),
                rs.getString(6), rs.getBoolean(7), rs.getBoolean(8), (Long) rs.getObject(9));
    }

    static String extension(String type) {
        return switch (type) {
            case "application/pdf" -> ".pdf";
            case "image/jpeg" -> ".jpg";
            case "image/png" -> ".png";
            case "image/tiff" -> ".tif";
            case DOCX -> ".docx";
            default -> "";
        };
    }

    /**
     * The name must end in an extension of the type the content is ("a.pdf.exe" with PDF bytes is
     * refused): a file handed on by name is opened by the extension, not by its first bytes.
     */
    static boolean extensionMatches(String name, String type) {
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
        return switch (type) {
            case "application/pdf" -> ext.equals("pdf");
            case "image/jpeg" -> ext.equals("jpg") || ext.equals("jpeg");
            case "image/png" -> ext.equals("png");
            case "image/tiff" -> ext.equals("tif") || ext.equals("tiff");
            case DOCX -> ext.equals("docx");
            default -> false;
        };
    }

    private boolean sealedPetition(long petitionId) {
        return jdbc.sql("select identity_sealed from petition where id = ?").param(petitionId).query(Boolean.class)
                .optional().orElse(false);
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
        String name = fileName == null || fileName.isBlank() ? "tep" + extension(type)
                : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        if (!extensionMatches(name, type)) {
            throw DomainException.invalid("petition-attachment-extension", "file");
        }
        if (sealedPetition(petitionId)) {
            return storeSealed(petitionId, unitId, name, type, data, actor);
        }
        String sha = sha256(data);
        long id = jdbc.sql("""
                insert into petition_attachment (petition_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(petitionId, name, type, data.length, sha, data, actor).query(Long.class).single();
        audit.record(AuditAction.CREATE, "PetitionAttachment", id, unitId,
                Map.of("petition", petitionId, "sha256", sha, "size", data.length, "type", type));
        return new Attachment(id, petitionId, name, type, data.length, sha, false, false, null);
    }

    /** The original goes into sealed storage; the row gets a neutral name and no data until a redacted copy exists. */
    private Attachment storeSealed(long petitionId, long unitId, String name, String type, byte[] data, String actor) {
        long sealedId = vault.sealFile(SubjectRef.petition(petitionId), unitId, name, type, data);
        int n = jdbc.sql("select count(*) from petition_attachment where petition_id = ?").param(petitionId)
                .query(Integer.class).single() + 1;
        String neutral = "tai-lieu-" + n + extension(type);
        long id = jdbc.sql("""
                insert into petition_attachment (petition_id, file_name, content_type, size_bytes, sha256, data,
                    uploaded_by, sealed_file_id, redacted)
                values (?, ?, ?, 0, null, null, ?, ?, false) returning id""")
                .params(petitionId, neutral, type, actor, sealedId).query(Long.class).single();
        audit.record(AuditAction.CREATE, "PetitionAttachment", id, unitId,
                Map.of("petition", petitionId, "sealed", true, "type", type));
        return new Attachment(id, petitionId, neutral, type, 0, null, true, false, sealedId);
    }

    /** Moves every plain attachment of a petition that became a denunciation into sealed storage. */
    @Transactional
    int sealAll(long petitionId, long unitId) {
        List<Object[]> plain = jdbc.sql("""
                select id, file_name, content_type, data from petition_attachment
                where petition_id = ? and sealed_file_id is null order by id""").param(petitionId)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBytes(4)})
                .list();
        int n = 0;
        for (Object[] a : plain) {
            n++;
            long sealedId = vault.sealFile(SubjectRef.petition(petitionId), unitId, (String) a[1], (String) a[2],
                    (byte[]) a[3]);
            jdbc.sql("""
                    update petition_attachment set sealed_file_id = ?, data = null, sha256 = null, size_bytes = 0,
                        redacted = false, file_name = ? where id = ?""")
                    .params(sealedId, "tai-lieu-" + n + extension((String) a[2]), a[0]).update();
        }
        return n;
    }

    /** The redacted copy of a sealed attachment (an uploaded redacted scan, or the redaction tool's output). */
    @Transactional
    Attachment storeRedacted(long attachmentId, byte[] data, String actor) {
        Attachment a = meta(attachmentId);
        if (!a.sealed()) {
            throw DomainException.conflict("petition-attachment-not-sealed");
        }
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
        String sha = sha256(data);
        String name = "ban-da-che-" + a.id() + extension(type);
        jdbc.sql("""
                update petition_attachment set data = ?, content_type = ?, size_bytes = ?, sha256 = ?, redacted = true,
                    file_name = ?, uploaded_by = ?, uploaded_at = now() where id = ?""")
                .params(data, type, data.length, sha, name, actor, a.id()).update();
        long unitId = jdbc.sql("select unit_id from petition where id = ?").param(a.petitionId()).query(Long.class)
                .single();
        audit.record(AuditAction.UPDATE, "PetitionAttachment", a.id(), unitId,
                Map.of("petition", a.petitionId(), "redactedCopy", true, "sha256", sha, "size", data.length));
        return meta(attachmentId);
    }

    Long bySealedFile(long sealedFileId) {
        return jdbc.sql("select id from petition_attachment where sealed_file_id = ?").param(sealedFileId)
                .query(Long.class).optional().orElse(null);
    }

    Attachment meta(long id) {
        return jdbc.sql("select " + COLUMNS + " from petition_attachment where id = ?").param(id)
                .query((rs, i) -> row(rs)).optional()
                .orElseThrow(() -> DomainException.notFound("petition-attachment-not-found"));
    }

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /**
     * A file handed over by another module (the public site): the types of {@link #sniff} and also
     * Word documents without macros, which citizens often write their petitions in. Same limits;
     * of a sealed petition the original is sealed like any other file.
     */
    @Transactional
    Attachment storeHandedOver(long petitionId, long unitId, String fileName, byte[] data, String actor) {
        if (data == null || data.length == 0 || data.length > MAX_BYTES || sniff(data) != null || !isDocx(data)) {
            return store(petitionId, unitId, fileName, data, actor);
        }
        String name = fileName == null || fileName.isBlank() ? "tep.docx"
                : fileName.replaceAll("[\\\\/\\r\\n\"]", "_");
        name = name.length() > 200 ? name.substring(name.length() - 200) : name;
        if (sealedPetition(petitionId)) {
            return storeSealed(petitionId, unitId, name, DOCX, data, actor);
        }
        String sha = sha256(data);
        long id = jdbc.sql("""
                insert into petition_attachment (petition_id, file_name, content_type, size_bytes, sha256, data, uploaded_by)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(petitionId, name, DOCX, data.length, sha, data, actor).query(Long.class).single();
        audit.record(AuditAction.CREATE, "PetitionAttachment", id, unitId,
                Map.of("petition", petitionId, "sha256", sha, "size", data.length, "type", DOCX));
        return new Attachment(id, petitionId, name, DOCX, data.length, sha, false, false, null);
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
        return jdbc.sql("select " + COLUMNS + " from petition_attachment where petition_id = ? order by id")
                .param(petitionId).query((rs, i) -> row(rs)).list();
    }

    /** The file, or of a sealed one its redacted copy; a sealed file without a redacted copy gives nothing. */
    Content read(long id) {
        Content c = jdbc.sql("select " + COLUMNS + ", data from petition_attachment where id = ?").param(id)
                .query((rs, i) -> new Content(row(rs), rs.getBytes(10)))
                .optional().orElseThrow(() -> DomainException.notFound("petition-attachment-not-found"));
        if (c.data() == null) {
            throw DomainException.notFound("petition-attachment-redacted-missing");
        }
        return c;
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
