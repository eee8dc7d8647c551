package org.tiepdan.platform.internal;

import java.nio.file.Path;

/**
 * Run in a child JVM by {@link EmbeddedPostgresServerTest}: starts the embedded server on the
 * folder given as argument, says so, and waits to be killed with {@code kill -9}.
 */
public final class EmbeddedPostgresOrphanChild {

    private EmbeddedPostgresOrphanChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.open(
                new EmbeddedPostgresServer.Settings(Path.of(args[0]), false, 0, false));
        System.out.println("READY " + server.port());
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
