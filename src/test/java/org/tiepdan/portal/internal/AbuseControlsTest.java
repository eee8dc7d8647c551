package org.tiepdan.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.tiepdan.platform.ClientAddress;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The pieces of the abuse controls on their own: windows, trusted proxies, file types, masking. */
class AbuseControlsTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-03-02T01:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static PortalProperties properties(List<String> proxies) {
        return new PortalProperties("http://x", proxies, new PortalProperties.Limit(null, null),
                new PortalProperties.Limit(null, null), new PortalProperties.Limit(null, null), Duration.ZERO,
                5 * 1024 * 1024, 5, 15 * 1024 * 1024, 10000, Duration.ofMinutes(30), "a@b.vn");
    }

    @Test
    void forwardedForIsBelievedOnlyFromATrustedProxy() {
        MockHttpServletRequest direct = new MockHttpServletRequest();
        direct.setRemoteAddr("203.0.113.9");
        direct.addHeader("X-Forwarded-For", "10.9.9.9");
        assertThat(new ClientAddress(List.of()).of(direct)).isEqualTo("203.0.113.9");
        assertThat(new ClientAddress(List.of("10.0.0.2")).of(direct)).isEqualTo("203.0.113.9");

        MockHttpServletRequest proxied = new MockHttpServletRequest();
        proxied.setRemoteAddr("10.0.0.2");
        // The client may put anything on the left; the right-most untrusted hop is the one the proxy saw.
        proxied.addHeader("X-Forwarded-For", "1.1.1.1, 198.51.100.7, 10.0.0.3");
        assertThat(new ClientAddress(List.of("10.0.0.2", "10.0.0.3")).of(proxied))
                .isEqualTo("198.51.100.7");
    }

    @Test
    void filesAreJudgedByTheirFirstBytes() throws Exception {
        assertThat(UploadCheck.detect("%PDF-1.7".getBytes())).isEqualTo(UploadCheck.Type.PDF);
        assertThat(UploadCheck.detect(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0})).isEqualTo(UploadCheck.Type.JPEG);
        assertThat(UploadCheck.detect(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}))
                .isEqualTo(UploadCheck.Type.PNG);
        assertThat(UploadCheck.detect(PortalSubmissionTest.docx("Đơn"))).isEqualTo(UploadCheck.Type.DOCX);
        assertThat(UploadCheck.detect("MZ\u0090\u0000".getBytes())).isNull();
        assertThat(UploadCheck.detect("<html><script>".getBytes())).isNull();
        // A zip that is not a Word document (or one with macros) is not a .docx.
        assertThat(UploadCheck.detect(zip("payload.exe"))).isNull();
        assertThat(UploadCheck.detect(zip("[Content_Types].xml", "word/document.xml", "word/vbaProject.bin"))).isNull();
        assertThat(UploadCheck.safeName("C:\\Users\\a\\..\\don\"<x>.pdf")).isEqualTo("don__x_.pdf");
        assertThat(UploadCheck.safeName("")).isEqualTo("tep");
    }

    @Test
    void addressesAreMaskedInLogs() {
        assertThat(Mailer.mask("lan.nguyen@example.vn")).isEqualTo("l***@e***.vn");
        assertThat(Mailer.mask("x@localhost")).isEqualTo("x***@l***");
        assertThat(Mailer.mask("nonsense")).isEqualTo("***");
        assertThat(new Mailer.Mail("lan.nguyen@example.vn", "s", "secret text", "CODE").toString())
                .doesNotContain("lan.nguyen", "secret text");
    }

    private static byte[] zip(String... names) throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            for (String n : names) {
                zip.putNextEntry(new java.util.zip.ZipEntry(n));
                zip.write(1);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }
}
