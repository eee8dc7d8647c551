package org.tiepdan.portal.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipInputStream;

import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.tiepdan.petition.PetitionIntake;
import org.tiepdan.platform.DomainException;

/**
 * Attachments a citizen may send: PDF, JPEG, PNG and Word (.docx without macros), judged by the
 * first bytes and the name together (a program renamed .pdf is refused), within the count and size
 * limits. Files are only stored; the site never opens, converts or shows them.
 */
@Component
class UploadCheck {

    enum Type {
        PDF("pdf"), JPEG("jpg", "jpeg"), PNG("png"), DOCX("docx");

        final List<String> extensions;

        Type(String... extensions) {
            this.extensions = List.of(extensions);
        }
    }

    private final PortalProperties limits;

    UploadCheck(PortalProperties limits) {
        this.limits = limits;
    }

    /** The files ready to hand over; INVALID (field {@code files}) for the first one refused. */
    List<PetitionIntake.Attachment> check(List<MultipartFile> files) {
        List<MultipartFile> chosen = files == null ? List.of()
                : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (chosen.size() > limits.maxFiles()) {
            throw DomainException.invalid("portal-file-count", "files", limits.maxFiles());
        }
        long total = 0;
        List<PetitionIntake.Attachment> result = new ArrayList<>();
        for (MultipartFile f : chosen) {
            String name = safeName(f.getOriginalFilename());
            if (f.getSize() > limits.maxFileBytes()) {
                throw DomainException.invalid("portal-file-too-large", "files", name, megabytes(limits.maxFileBytes()));
            }
            total += f.getSize();
            if (total > limits.maxTotalBytes()) {
                throw DomainException.invalid("portal-files-too-large", "files", megabytes(limits.maxTotalBytes()));
            }
            byte[] data = bytes(f);
            Type type = detect(data);
            if (type == null || !type.extensions.contains(extension(name))) {
                throw DomainException.invalid("portal-file-type", "files", name);
            }
            result.add(new PetitionIntake.Attachment(name, data));
        }
        return result;
    }

    static Type detect(byte[] d) {
        if (d.length >= 5 && d[0] == '%' && d[1] == 'P' && d[2] == 'D' && d[3] == 'F' && d[4] == '-') {
            return Type.PDF;
        }
        if (d.length >= 3 && (d[0] & 0xff) == 0xFF && (d[1] & 0xff) == 0xD8 && (d[2] & 0xff) == 0xFF) {
            return Type.JPEG;
        }
        if (d.length >= 8 && (d[0] & 0xff) == 0x89 && d[1] == 'P' && d[2] == 'N' && d[3] == 'G' && d[4] == 0x0D
                && d[5] == 0x0A && d[6] == 0x1A && d[7] == 0x0A) {
            return Type.PNG;
        }
        return isDocx(d) ? Type.DOCX : null;
    }

    /** A zip holding a Word document's parts and no macro project. */
    static boolean isDocx(byte[] d) {
        if (d.length < 4 || d[0] != 'P' || d[1] != 'K' || d[2] != 3 || d[3] != 4) {
            return false;
        }
        boolean contentTypes = false;
        boolean document = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(d))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                String n = e.getName();
                contentTypes |= n.equals("[Content_Types].xml");
                document |= n.equals("word/document.xml");
                if (n.toLowerCase(Locale.ROOT).endsWith("vbaproject.bin")) {
                    return false;
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return contentTypes && document;
    }

    /** The last path segment, without characters that could break a header or a path. */
    static String safeName(String original) {
        String n = original == null ? "" : original.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (n.isEmpty()) {
            n = "tep";
        }
        return n.length() > 120 ? n.substring(n.length() - 120) : n;
    }

    private static String extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static long megabytes(long bytes) {
        return bytes / (1024 * 1024);
    }

    private static byte[] bytes(MultipartFile f) {
        try {
            return f.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
