package org.tiepdan.platform;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;

/**
 * PDF from an HTML page (a Thymeleaf view rendered to a string), with the DejaVu Serif typeface
 * embedded so every Vietnamese diacritic prints on any machine. Use {@code font-family: serif}
 * (mapped to DejaVu Serif) and {@code @page { size: A4; }} in the page's CSS.
 */
public final class HtmlPdf {

    public static final String FAMILY = "DejaVu Serif";
    private static final String FONTS = "/net/sf/jasperreports/fonts/dejavu/";

    static {
        // The renderer logs through java.util.logging to the console by default; route it to the
        // application's logging so its level and format are configured in one place.
        XRLog.setLoggerImpl(new Slf4jLogger());
    }

    private HtmlPdf() {
    }

    public static byte[] render(String html) {
        // jsoup forgives HTML that is not well-formed XML, which the renderer requires.
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(Jsoup.parse(html));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            font(builder, "DejaVuSerif.ttf", 400, FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Bold.ttf", 700, FontStyle.NORMAL);
            font(builder, "DejaVuSerif-Italic.ttf", 400, FontStyle.ITALIC);
            font(builder, "DejaVuSerif-BoldItalic.ttf", 700, FontStyle.ITALIC);
            builder.withW3cDocument(dom, "/");
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void font(PdfRendererBuilder builder, String file, int weight, FontStyle style) {
        for (String family : new String[] {FAMILY, "serif", "Times New Roman"}) {
            builder.useFont(() -> open(file), family, weight, style, true);
        }
    }

    private static InputStream open(String file) {
        InputStream in = HtmlPdf.class.getResourceAsStream(FONTS + file);
        if (in == null) {
            throw new IllegalStateException("Font missing from the class path: " + file);
        }
        return in;
    }
}
