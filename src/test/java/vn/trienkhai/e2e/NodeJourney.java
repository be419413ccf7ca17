package vn.trienkhai.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one journey of {@code src/test/e2e/journeys.js} with Node and Debian's Chromium, bounded in
 * time. Missing Node, Chromium or {@code playwright-core} fail the test with what to install.
 */
final class NodeJourney {

    static final Path E2E = Path.of("src", "test", "e2e");
    static final long TIMEOUT_SECONDS = 240;

    private NodeJourney() {
    }

    static void checkTools() {
        String chromium = System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium");
        if (!Files.isExecutable(Path.of(chromium))) {
            fail("Chromium not found at " + chromium + ": apt-get install chromium (or set CHROMIUM_PATH)");
        }
        try {
            run("node", Map.of(), "--version");
        } catch (IOException e) {
            fail("Node.js not found: apt-get install nodejs npm (" + e.getMessage() + ")");
        }
        if (!Files.isDirectory(E2E.resolve("node_modules").resolve("playwright-core"))) {
            installPlaywright();
        }
    }

    /** A fresh checkout has no node_modules: install the locked playwright-core (no browser download). */
    private static void installPlaywright() {
        try {
            run("npm", Map.of(), "ci", "--prefix", E2E.toString(), "--no-audit", "--no-fund", "--loglevel=error");
        } catch (IOException | AssertionError e) {
            fail("playwright-core could not be installed with npm ci --prefix src/test/e2e: " + e.getMessage());
        }
    }

    /** Runs the journey and returns its output; fails on a non-zero exit or a timeout. */
    static String journey(String name, int port, Map<String, String> env) throws IOException {
        Map<String, String> all = new HashMap<>(env);
        all.put("BASE_URL", "http://localhost:" + port);
        String output = run("node", all, E2E.resolve("journeys.js").toString(), name);
        assertThat(output).as(output).contains("journey " + name + ": ok");
        return output;
    }

    private static String run(String command, Map<String, String> env, String... args) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.command().addAll(List.of(args));
        builder.environment().putAll(env);
        builder.redirectErrorStream(true);
        Path log = Files.createTempFile("e2e-", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        try {
            boolean finished = process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS);
            String output = Files.readString(log, StandardCharsets.UTF_8);
            if (!finished) {
                process.destroyForcibly();
                fail("journey timed out after " + TIMEOUT_SECONDS + " s:\n" + output);
            }
            assertThat(process.exitValue()).as("exit code of " + String.join(" ", builder.command()) + "\n" + output)
                    .isZero();
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(log);
        }
    }
}
