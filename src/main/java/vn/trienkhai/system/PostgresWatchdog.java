package vn.trienkhai.system;

import java.io.IOException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small shell process that outlives a hard-killed JVM and stops the embedded server then: it
 * checks every second that both the JVM and the server run; when the JVM is gone it asks the
 * server for a fast shutdown, and for an immediate one ten seconds later. When the server is gone
 * (a normal stop) it ends. It ignores the terminal's hang-up and Ctrl+C, which end the JVM but
 * must not end the watch. Where it cannot run (no {@code sh}), the next start reaps the orphan.
 */
final class PostgresWatchdog {

    private static final Logger log = LoggerFactory.getLogger(PostgresWatchdog.class);

    private static final String SCRIPT = """
            trap '' HUP INT
            jvm=$1; server=$2
            while kill -0 "$jvm" 2>/dev/null && kill -0 "$server" 2>/dev/null; do sleep 1; done
            kill -0 "$server" 2>/dev/null || exit 0
            kill -INT "$server"
            i=0
            while kill -0 "$server" 2>/dev/null && [ "$i" -lt 20 ]; do sleep 0.5; i=$((i + 1)); done
            kill -0 "$server" 2>/dev/null && kill -QUIT "$server"
            exit 0
            """;

    private PostgresWatchdog() {
    }

    /** Starts the watch of {@code serverPid} for this JVM; empty when the platform cannot run it. */
    static Optional<Process> watch(long serverPid) {
        try {
            Process watchdog = new ProcessBuilder("sh", "-c", SCRIPT, "trienkhai-postgres-watchdog",
                    Long.toString(ProcessHandle.current().pid()), Long.toString(serverPid))
                    .redirectInput(ProcessBuilder.Redirect.from(nullDevice()))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return Optional.of(watchdog);
        } catch (IOException | UnsupportedOperationException unsupported) {
            log.info("No watchdog for the embedded PostgreSQL ({}); after a hard kill the next start stops it",
                    unsupported.toString());
            return Optional.empty();
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File("/dev/null");
    }
}
