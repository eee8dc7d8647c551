package org.tiepdan.support;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import com.sun.net.httpserver.HttpServer;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * A map tile server on the loopback for the whole test JVM (the JDK's HttpServer, one grey 256×256
 * PNG for every tile), and the shared full-stack context's {@code tiepdan.map.tiles} pointing at it:
 * the tile address must be known when the context starts, and a context of its own for the map
 * would load the demo data a second time. So every full-stack test runs as an installation with a
 * tile server (the public form shows its map, the CSP admits the stub's origin); "no tile server"
 * is covered by {@code MapTilesTest} and by production's default. Registered on
 * {@code @FullStackTest} through {@code @ContextCustomizerFactories}; every customizer is equal, so
 * the context stays one.
 */
public final class MapTileStub {

    private static HttpServer server;
    private static final AtomicInteger REQUESTS = new AtomicInteger();

    private MapTileStub() {
    }

    /** The tile URL template the application is given. */
    public static synchronized String template() {
        if (server == null) {
            try {
                byte[] png = tile();
                HttpServer s = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
                s.createContext("/tiles/", exchange -> {
                    REQUESTS.incrementAndGet();
                    exchange.getResponseHeaders().add("Content-Type", "image/png");
                    exchange.sendResponseHeaders(200, png.length);
                    exchange.getResponseBody().write(png);
                    exchange.close();
                });
                s.setExecutor(Executors.newFixedThreadPool(2, r -> {
                    Thread t = new Thread(r, "map-tile-stub");
                    t.setDaemon(true);
                    return t;
                }));
                s.start();
                server = s;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tiles/{z}/{x}/{y}.png";
    }

    /** Tiles served so far (a browser that drew a map asked for some). */
    public static int requests() {
        return REQUESTS.get();
    }

    private static byte[] tile() throws IOException {
        BufferedImage image = new BufferedImage(256, 256, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xE8, 0xEC, 0xE4));
        g.fillRect(0, 0, 256, 256);
        g.setColor(new Color(0xB0, 0xB8, 0xA8));
        g.drawRect(0, 0, 255, 255);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    /** Adds the tile property to the shared context. */
    public static final class Factory implements ContextCustomizerFactory {

        @Override
        public ContextCustomizer createContextCustomizer(Class<?> testClass,
                List<ContextConfigurationAttributes> configAttributes) {
            return new Customizer();
        }
    }

    static final class Customizer implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestPropertyValues.of("tiepdan.map.tiles=" + template()).applyTo(context);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Customizer;
        }

        @Override
        public int hashCode() {
            return Customizer.class.hashCode();
        }
    }
}
