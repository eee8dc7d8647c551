package org.tiepdan.identity.internal;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.tiepdan.platform.DomainException;

/**
 * Blacks out rectangles of a page image (PNG or JPEG) on the server with java.awt, and writes the
 * result as a new PNG: pixels under a rectangle are gone (not a layer on top), and nothing of the
 * original file's metadata (EXIF, comments, thumbnails) is carried over.
 */
final class Redactor {

    static final int MAX_RECTANGLES = 200;
    static final long MAX_PIXELS = 80_000_000L;

    private Redactor() {
    }

    record Rect(int x, int y, int width, int height) {
    }

    /** Parses {@code x,y,w,h;x,y,w,h} in image pixels. */
    static List<Rect> parse(String spec) {
        List<Rect> rects = new ArrayList<>();
        if (spec == null || spec.isBlank()) {
            throw DomainException.invalid("identity-redact-no-rectangles", "rectangles");
        }
        for (String part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] n = part.split(",");
            if (n.length != 4) {
                throw DomainException.invalid("identity-redact-rectangles-invalid", "rectangles");
            }
            try {
                rects.add(new Rect((int) Math.floor(Double.parseDouble(n[0].strip())),
                        (int) Math.floor(Double.parseDouble(n[1].strip())),
                        (int) Math.ceil(Double.parseDouble(n[2].strip())),
                        (int) Math.ceil(Double.parseDouble(n[3].strip()))));
            } catch (NumberFormatException e) {
                throw DomainException.invalid("identity-redact-rectangles-invalid", "rectangles");
            }
        }
        if (rects.isEmpty()) {
            throw DomainException.invalid("identity-redact-no-rectangles", "rectangles");
        }
        if (rects.size() > MAX_RECTANGLES) {
            throw DomainException.invalid("identity-redact-rectangles-invalid", "rectangles");
        }
        return rects;
    }

    static byte[] blackout(byte[] image, List<Rect> rects) {
        BufferedImage src;
        try {
            src = ImageIO.read(new ByteArrayInputStream(image));
        } catch (IOException e) {
            src = null;
        }
        if (src == null) {
            throw DomainException.invalid("identity-redact-not-image", "file");
        }
        if ((long) src.getWidth() * src.getHeight() > MAX_PIXELS) {
            throw DomainException.invalid("identity-redact-too-large", "file");
        }
        BufferedImage out = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.drawImage(src, 0, 0, null);
            g.setColor(Color.BLACK);
            for (Rect r : rects) {
                int x = Math.max(0, r.x());
                int y = Math.max(0, r.y());
                int w = Math.min(out.getWidth(), r.x() + r.width()) - x;
                int h = Math.min(out.getHeight(), r.y() + r.height()) - y;
                if (w > 0 && h > 0) {
                    g.fillRect(x, y, w, h);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(out, "png", bytes);
        } catch (IOException e) {
            throw new IllegalStateException("redaction failed", e);
        }
        return bytes.toByteArray();
    }
}
