package vn.trienkhai.reliability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.trienkhai.TrienkhaiApplication;
import vn.trienkhai.system.ChildJvm;

/**
 * One application node: trienkhai in a JVM of its own (demo data, the suite's workload endpoint) on the cluster's
 * database and SMTP server, with its own HTTP port and its own name, which the engine writes into
 * {@code act_hi_job_log.hostname_} and the outbox dispatcher into its claims.
 */
final class Node implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = "Basic " + Base64.getEncoder().encodeToString("admin:admin".getBytes(StandardCharsets.UTF_8));

    private final String name;
    private final int httpPort;
    private final Path log;
    private final List<String> arguments;
    private ChildJvm jvm;

    Node(String name, int httpPort, Path log, List<String> arguments) {
        this.name = name;
        this.httpPort = httpPort;
        this.log = log;
        this.arguments = arguments;
    }

    String name() {
        return name;
    }

    void start(String heap) throws IOException {
        List<String> args = new ArrayList<>(arguments);
        args.add("--server.port=" + httpPort);
        args.add("--camunda.bpm.generic-properties.properties.hostname=" + name);
        args.add("--trienkhai.notification.dispatch.node-id=" + name);
        jvm = ChildJvm.start(log, List.of("-Xmx" + heap, "-XX:TieredStopAtLevel=1"), TrienkhaiApplication.class.getName(),
                args.toArray(String[]::new));
    }

    /** Blocks until the node's readiness probe answers UP, failing when the JVM ends or the time runs out. */
    void awaitReady(Duration limit) throws Exception {
        Bound.await(name + " ready", limit, this::ready, this);
    }

    boolean ready() {
        try {
            HttpResponse<String> response = HTTP.send(request("/actuator/health/readiness").build(),
                    HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 && response.body().contains("\"UP\"");
        } catch (IOException exception) {
            return false;
        } catch (InterruptedException exception) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code /actuator/health} with its details, as an administrator sees it. */
    String health() throws IOException, InterruptedException {
        return HTTP.send(request("/actuator/health").header("Authorization", ADMIN).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    String post(String pathAndQuery, Duration timeout) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(request(pathAndQuery).timeout(timeout)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(name + ": POST " + pathAndQuery + " answered " + response.statusCode()
                    + ": " + response.body());
        }
        return response.body();
    }

    String lockOwner() throws IOException, InterruptedException {
        return HTTP.send(request("/reliability/lock-owner").build(), HttpResponse.BodyHandlers.ofString()).body();
    }

    boolean isAlive() {
        return jvm != null && jvm.isAlive();
    }

    /** SIGKILL: nothing of the node runs after it, its locks stay in the database until they expire. */
    void kill() throws InterruptedException {
        jvm.kill();
    }

    boolean terminate(Duration limit) throws InterruptedException {
        return jvm.terminate(limit);
    }

    String tail() {
        try {
            return jvm == null ? "(not started)" : jvm.tail();
        } catch (IOException exception) {
            return "(log unreadable: " + exception + ")";
        }
    }

    private HttpRequest.Builder request(String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + httpPort + pathAndQuery)).timeout(Duration.ofSeconds(10));
    }

    @Override
    public void close() throws InterruptedException {
        if (jvm != null) {
            jvm.close();
        }
    }
}
