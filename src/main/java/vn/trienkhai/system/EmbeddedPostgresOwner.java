package vn.trienkhai.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Which JVM started the embedded server of a data folder: its process id and start time, kept in
 * the folder. PostgreSQL's own parent is no help: {@code pg_ctl} starts the server detached, so it
 * is a child of init from the first second. The start time tells a reused process id apart.
 */
record EmbeddedPostgresOwner(long pid, Optional<Instant> startedAt) {

    static final String FILE_NAME = "trienkhai-owner";

    static EmbeddedPostgresOwner current() {
        ProcessHandle self = ProcessHandle.current();
        return new EmbeddedPostgresOwner(self.pid(), self.info().startInstant());
    }

    static Optional<EmbeddedPostgresOwner> of(Path dataDirectory) {
        try {
            List<String> lines = Files.readAllLines(dataDirectory.resolve(FILE_NAME), StandardCharsets.UTF_8);
            Optional<Instant> startedAt = lines.size() > 1 && !lines.get(1).isBlank()
                    ? Optional.of(Instant.parse(lines.get(1).trim())) : Optional.empty();
            return Optional.of(new EmbeddedPostgresOwner(Long.parseLong(lines.get(0).trim()), startedAt));
        } catch (IOException | RuntimeException missingOrUnreadable) {
            return Optional.empty();
        }
    }

    void writeTo(Path dataDirectory) throws IOException {
        Files.writeString(dataDirectory.resolve(FILE_NAME),
                pid + "\n" + startedAt.map(Instant::toString).orElse("") + "\n", StandardCharsets.UTF_8);
    }

    /** Whether the owner still runs: same process id and, where the platform tells, same start time. */
    boolean isAlive() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(process -> startedAt.isEmpty() || process.info().startInstant().isEmpty()
                        || process.info().startInstant().equals(startedAt))
                .isPresent();
    }
}
