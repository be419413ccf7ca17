package vn.trienkhai.system;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** A JVM of its own on the test classpath, its output in a file, killed with SIGKILL when asked. */
public final class ChildJvm implements AutoCloseable {

    private final Process process;
    private final Path output;

    private ChildJvm(Process process, Path output) {
        this.process = process;
        this.output = output;
    }

    public static ChildJvm start(Path output, List<String> jvmOptions, String mainClass, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(classPath());
        command.add(mainClass);
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
        return new ChildJvm(process, output);
    }

    /** Surefire's class path may hold an empty entry, which a new JVM reads as the working folder. */
    private static String classPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank()).collect(Collectors.joining(File.pathSeparator));
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** The processes this JVM started that still run (the embedded server's watchdog). */
    public List<ProcessHandle> children() {
        return process.children().toList();
    }

    /** The first output line that starts with {@code prefix}, waiting for it while the JVM runs. */
    public String awaitLine(String prefix, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            Optional<String> line = lines().stream().filter(text -> text.startsWith(prefix)).findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("The child JVM ended before \"" + prefix + "\":\n" + tail());
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("No \"" + prefix + "\" within " + timeout + ":\n" + tail());
    }

    /** SIGKILL: no shutdown hook, no Spring close, nothing of the JVM runs after it. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    /** SIGTERM, as a service manager or {@code docker stop} sends it; true when the JVM ended in time. */
    public boolean terminate(Duration timeout) throws InterruptedException {
        process.destroy();
        return process.waitFor(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    public String tail() throws IOException {
        List<String> lines = lines();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private List<String> lines() throws IOException {
        return Files.exists(output) ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
