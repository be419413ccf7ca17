package vn.trienkhai.system;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server left running on the application's own data folder by a JVM that is gone (kill -9, an
 * out-of-memory kill): it holds the folder and the port, so it is stopped before the new start.
 * First a fast shutdown (SIGINT: open sessions end, the data are checkpointed), then an immediate
 * one (SIGQUIT: PostgreSQL recovers from its WAL at the next start). A server that serves another
 * folder is left alone; one whose owner still runs is refused.
 */
final class OrphanedPostgres {

    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private final Duration patience;

    OrphanedPostgres(Duration patience) {
        this.patience = patience;
    }

    /** Stops the orphan of {@code dataDirectory}, if there is one; true when one was stopped. */
    boolean stopIn(Path dataDirectory) {
        Optional<PostmasterPid> pidFile = PostmasterPid.of(dataDirectory).filter(file -> file.serves(dataDirectory));
        Optional<ProcessHandle> server = pidFile.flatMap(PostmasterPid::liveServer);
        if (server.isEmpty()) {
            return false;
        }
        Optional<EmbeddedPostgresOwner> owner = EmbeddedPostgresOwner.of(dataDirectory);
        if (owner.filter(EmbeddedPostgresOwner::isAlive).isPresent()) {
            throw new IllegalStateException("The data folder " + dataDirectory + " is in use by another trienkhai "
                    + "(process " + owner.get().pid() + "): stop it or choose another folder with TRIENKHAI_DATA_DIR");
        }
        String how = stop(server.get());
        log.warn("Embedded PostgreSQL (process {}, port {}) was left running on {} by an application process that "
                        + "is gone ({}): stopped it ({} shutdown) and starting again", server.get().pid(),
                pidFile.get().port(), dataDirectory, owner.map(gone -> "process " + gone.pid()).orElse("unknown"), how);
        return true;
    }

    private String stop(ProcessHandle server) {
        if (signal(server, "INT")) {
            return "fast";
        }
        if (signal(server, "QUIT")) {
            return "immediate";
        }
        throw new IllegalStateException("The embedded PostgreSQL left running on the data folder (process "
                + server.pid() + ") does not stop: end that process, then start again");
    }

    /** Sends the signal and waits for the server to end; true when it did in time. */
    private boolean signal(ProcessHandle server, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(server.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(patience.toMillis(), TimeUnit.MILLISECONDS);
            server.onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (IOException | ExecutionException exception) {
            throw new IllegalStateException("Could not stop the embedded PostgreSQL left running on the data folder "
                    + "(process " + server.pid() + "): end that process, then start again", exception);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned embedded PostgreSQL", interrupted);
        }
    }
}
