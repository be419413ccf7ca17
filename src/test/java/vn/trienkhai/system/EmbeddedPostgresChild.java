package vn.trienkhai.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * The embedded server started as the application starts it, in a JVM of its own that a test then
 * kills. Arguments: data folder, port, watchdog (true/false). Prints {@code READY <server pid>}.
 */
final class EmbeddedPostgresChild {

    private EmbeddedPostgresChild() {
    }

    public static void main(String[] args) throws Exception {
        var properties = new EmbeddedPostgresConfiguration.EmbeddedPostgresProperties(true, args[0],
                Integer.parseInt(args[1]), Boolean.parseBoolean(args[2]));
        EmbeddedPostgres postgres = new EmbeddedPostgresConfiguration().embeddedPostgres(properties);
        long serverPid = PostmasterPid.of(Path.of(args[0]).toAbsolutePath()).orElseThrow().pid();
        System.out.println("READY " + serverPid + " " + postgres.getPort());
        Thread.sleep(Long.MAX_VALUE);
    }
}
