package vn.trienkhai.system;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The first lines of a PostgreSQL data folder's {@code postmaster.pid}: the server's process id,
 * the data folder it serves and its port. PostgreSQL writes it at start and removes it at a clean
 * stop, so a file that names a live process means a server still holds the folder.
 */
record PostmasterPid(long pid, Path dataDirectory, int port) {

    static final String FILE_NAME = "postmaster.pid";

    /** The file of {@code dataDirectory}, if there is one that can be read. */
    static Optional<PostmasterPid> of(Path dataDirectory) {
        Path file = dataDirectory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static Optional<PostmasterPid> parse(List<String> lines) {
        if (lines.size() < 4 || lines.get(0).isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new PostmasterPid(Long.parseLong(lines.get(0).trim()), Path.of(lines.get(1).trim()),
                Integer.parseInt(lines.get(3).trim())));
    }

    /** The live process that wrote the file, if it is still running and is a PostgreSQL server. */
    Optional<ProcessHandle> liveServer() {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive).filter(PostmasterPid::isPostgres);
    }

    /** Whether the file names {@code directory} (both resolved, so that links and relative paths compare). */
    boolean serves(Path directory) {
        return realPath(dataDirectory).equals(realPath(directory));
    }

    private static boolean isPostgres(ProcessHandle process) {
        // Without a readable command line (another user's process) the data folder check has to do.
        return process.info().command().map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                .orElse(true);
    }

    private static Path realPath(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException missing) {
            return path.toAbsolutePath().normalize();
        }
    }
}
